"use strict";
const { JsonRpcProvider, keccak256, concat, toBeHex, zeroPadValue, getBytes } = require("ethers");

// FORMAT.md section 7, written from the spec alone: the audit digest over the raw registry logs.
// case: { rpcUrl, addresses: [address], fromBlock, toBlock } -> { digest, logCount, byBlock: { "<n>": digest } }
//   reads the logs itself with eth_getLogs (no ledger node involved);
// case: { logs: [{ blockNumber, blockHash, logIndex, address, topics, data }] } -> the same over the given logs.
exports.run = async (c) => {
  let logs = c.logs;
  if (!logs) {
    const provider = new JsonRpcProvider(c.rpcUrl, undefined, { staticNetwork: true });
    logs = await provider.send("eth_getLogs", [
      { address: c.addresses, fromBlock: toBeHex(c.fromBlock), toBlock: toBeHex(c.toBlock) },
    ]);
    provider.destroy();
  }
  const ordered = [...logs].sort((a, b) =>
    Number(BigInt(a.blockNumber) - BigInt(b.blockNumber)) || Number(BigInt(a.logIndex) - BigInt(b.logIndex)));
  let digest = zeroPadValue("0x", 32);
  const byBlock = {};
  for (const log of ordered) {
    digest = keccak256(concat([
      digest,
      zeroPadValue(toBeHex(BigInt(log.blockNumber)), 8),
      log.blockHash,
      zeroPadValue(toBeHex(BigInt(log.logIndex)), 4),
      log.address,
      toBeHex(log.topics.length, 1),
      ...log.topics,
      keccak256(getBytes(log.data)),
    ]));
    byBlock[BigInt(log.blockNumber).toString()] = digest;
  }
  return { digest, logCount: ordered.length, byBlock };
};
