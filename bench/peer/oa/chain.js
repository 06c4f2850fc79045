// The peer's DocumentStore on the benchmark's Hardhat node: deployed straight from the factory that
// @govtechsg/document-store ships (no DocumentStoreCreator exists on a fresh chain).
"use strict";
const { elapsedMs } = require("./stats");

async function deployDocumentStore(peer, rpcUrl, privateKey) {
  const provider = new peer.ethers.JsonRpcProvider(rpcUrl, undefined, { staticNetwork: true });
  const wallet = new peer.ethers.NonceManager(new peer.ethers.Wallet(privateKey, provider));
  const factory = new peer.documentStore.DocumentStoreFactory(wallet);
  const store = await factory.deploy("Bench chamber of commerce", await wallet.getAddress());
  const receipt = await store.deploymentTransaction().wait();
  return { store, address: await store.getAddress(), deployGas: Number(receipt.gasUsed) };
}

/** One DocumentStore.issue(merkleRoot): how OpenAttestation anchors a whole wrapped batch. */
async function issueRoot(store, merkleRoot) {
  const start = process.hrtime.bigint();
  const transaction = await store.issue(`0x${merkleRoot}`);
  const receipt = await transaction.wait();
  if (receipt.status !== 1) throw new Error(`DocumentStore.issue(${merkleRoot}) failed on chain`);
  return { gasUsed: Number(receipt.gasUsed), wallMs: elapsedMs(start) };
}

module.exports = { deployDocumentStore, issueRoot };
