// (2) Anchoring: one DocumentStore.issue per wrapped batch, at each batch size; gas and wall time from
// sending the transaction to its receipt (Hardhat mines on arrival).
"use strict";
const { issueRoot } = require("./chain");
const { wrapBatch } = require("./wrap");

async function measureAnchoring(peer, store, storeAddress, tradeDocuments, batchSizes, wrappedBySize, log) {
  const results = [];
  let lastBatch = null;
  for (const size of batchSizes) {
    const wrapped = wrappedBySize.get(size) ?? wrapBatch(peer, tradeDocuments.slice(0, size), storeAddress).wrapped;
    const { gasUsed, wallMs } = await issueRoot(store, wrapped[0].signature.merkleRoot);
    log(`anchor batch=${size}: ${gasUsed} gas, ${wallMs.toFixed(1)} ms`);
    results.push({ batchSize: size, gasUsed, gasPerDocument: gasUsed / size, wallMs, wallMsPerDocument: wallMs / size });
    lastBatch = wrapped;
  }
  return { results, anchoredBatch: lastBatch };
}

module.exports = { measureAnchoring };
