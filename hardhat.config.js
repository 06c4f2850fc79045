// Hardhat 2 configuration. The compiler comes from the `solc` npm package (solc-js), because these
// machines cannot download native solc builds: the subtask below hands Hardhat the local soljson.js.
const path = require("path");
const { subtask } = require("hardhat/config");
const { TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD } = require("hardhat/builtin-tasks/task-names");

require("@nomicfoundation/hardhat-ethers");
require("@nomicfoundation/hardhat-chai-matchers");

const SOLC_VERSION = require("solc/package.json").version;

subtask(TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD, async (args, hre, runSuper) => {
  if (args.solcVersion !== SOLC_VERSION) {
    throw new Error(`hardhat.config.js pins solc ${SOLC_VERSION} (npm package 'solc'); a contract asked for ${args.solcVersion}`);
  }
  const compilerPath = path.join(path.dirname(require.resolve("solc/package.json")), "soljson.js");
  const solc = require("solc");
  return { compilerPath, isSolcJs: true, version: args.solcVersion, longVersion: solc.version() };
});

/** @type import('hardhat/config').HardhatUserConfig */
module.exports = {
  solidity: {
    version: SOLC_VERSION,
    settings: {
      optimizer: { enabled: true, runs: 10000 },
      evmVersion: "cancun",
    },
  },
  paths: {
    sources: "./contracts-solidity/contracts",
    tests: "./contracts-solidity/test",
    cache: "./contracts-solidity/cache",
    artifacts: "./contracts-solidity/artifacts",
  },
  networks: {
    hardhat: { chainId: 31337, hardfork: "cancun" },
  },
};
