"use strict";
const { Transaction, Wallet } = require("ethers");

// case: { privateKey, tx: {type, chainId, nonce, gasPrice|maxFeePerGas+maxPriorityFeePerGas, gasLimit, to, value, data, accessList} }
//         -> { raw, hash, unsignedHash }
//   or  { raw } -> { hash, from, nonce, chainId }   (parse a signed transaction)
exports.run = async (c) => {
  if (c.raw !== undefined) {
    const tx = Transaction.from(c.raw);
    return { hash: tx.hash, from: tx.from, nonce: tx.nonce, chainId: tx.chainId.toString() };
  }
  const tx = Transaction.from(c.tx);
  const raw = await new Wallet(c.privateKey).signTransaction(tx);
  return { raw, hash: Transaction.from(raw).hash, unsignedHash: tx.unsignedHash };
};
