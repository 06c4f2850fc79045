// The benchmark's Hardhat node: the repository's configuration with chain id 1337, because
// OpenAttestation's DNS-TXT identity check only accepts the networks it knows, and 1337 is its "local".
// Our SDK takes whatever chain id the node reports, so both sides share this one node.
const path = require("path");
const base = require("../../hardhat.config.js");

module.exports = {
  ...base,
  paths: { ...base.paths, root: path.resolve(__dirname, "../..") },
  networks: { ...base.networks, hardhat: { ...base.networks.hardhat, chainId: 1337 } },
};
