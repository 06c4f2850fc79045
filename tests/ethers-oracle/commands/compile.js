"use strict";
// Compiles Solidity test fixtures with solc-js (the `solc` npm package, 0.8.28, evm cancun, optimizer on).
// case: { file: name, source: text, contract: name } -> { abi: [...], bytecode: hex } or { errors: [...] }
const solc = require("solc");

exports.run = (c) => {
  const input = {
    language: "Solidity",
    sources: { [c.file]: { content: c.source } },
    settings: {
      evmVersion: "cancun",
      optimizer: { enabled: true, runs: 200 },
      outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input)));
  const errors = (output.errors || []).filter((e) => e.severity === "error");
  if (errors.length > 0) {
    return { errors: errors.map((e) => e.formattedMessage) };
  }
  const contract = output.contracts[c.file][c.contract];
  return { version: solc.version(), abi: contract.abi, bytecode: "0x" + contract.evm.bytecode.object };
};
