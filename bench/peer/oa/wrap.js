// (1) Issue throughput: OpenAttestation's wrapDocuments over N documents (salting, hashing, the batch
// Merkle tree and every proof), timed around the library call only.
"use strict";
const { elapsedMs } = require("./stats");
const { toOpenAttestation } = require("./documents");

const WARM_UP_DOCUMENTS = 200;

function wrapBatch(peer, tradeDocuments, storeAddress) {
  const raw = tradeDocuments.map((document) => toOpenAttestation(document, storeAddress));
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const wrapped = peer.openAttestation.wrapDocuments(raw);
  const cpu = process.cpuUsage(cpuStart);
  return { wrapped, ms: elapsedMs(start), cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/**
 * Measures each size in ascending order and skips a size whose time, extrapolated linearly from the
 * previous one, would exceed the budget; a skipped size is reported, not hidden. Returns the wrapped
 * batches by size too, so anchoring need not wrap the same documents again.
 */
function measureWrap(peer, tradeDocuments, storeAddress, sizes, budgetSeconds, log) {
  wrapBatch(peer, tradeDocuments.slice(0, WARM_UP_DOCUMENTS), storeAddress);
  const results = [];
  const batches = new Map();
  let previous = null;
  for (const n of sizes) {
    const projectedSeconds = previous ? (previous.seconds * n) / previous.n : 0;
    if (projectedSeconds > budgetSeconds) {
      log(`wrap N=${n}: skipped, projected ${projectedSeconds.toFixed(0)} s > budget ${budgetSeconds} s`);
      results.push({ n, skipped: true, projectedSeconds });
      continue;
    }
    const { wrapped, ms, cpuSeconds } = wrapBatch(peer, tradeDocuments.slice(0, n), storeAddress);
    const seconds = ms / 1000;
    previous = { n, seconds };
    batches.set(n, wrapped);
    log(`wrap N=${n}: ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s CPU), ${(n / seconds).toFixed(0)} docs/s`);
    results.push({ n, seconds, documentsPerSecond: n / seconds, cpuSeconds, documentsPerCpuSecond: n / cpuSeconds, root: wrapped[0].signature.merkleRoot });
  }
  return { results, batches };
}

module.exports = { measureWrap, wrapBatch };
