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
 * Measures each size in ascending order and skips a size whose projected time would exceed the budget; a
 * skipped size is reported, not hidden. The projection follows the growth seen between the last two sizes
 * (never less than linear): a linear one let a 100,000-document wrap in that was projected at 130 s and was
 * still running after 12 minutes (1.3 GB of heap), which no run budget survives. Returns the wrapped
 * batches by size too, so anchoring need not wrap the same documents again.
 */
function measureWrap(peer, tradeDocuments, storeAddress, sizes, budgetSeconds, log) {
  wrapBatch(peer, tradeDocuments.slice(0, WARM_UP_DOCUMENTS), storeAddress);
  const results = [];
  const batches = new Map();
  const measured = [];
  for (const n of sizes) {
    const projectedSeconds = project(measured, n);
    if (projectedSeconds > budgetSeconds) {
      log(`wrap N=${n}: skipped, projected ${projectedSeconds.toFixed(0)} s > budget ${budgetSeconds} s`);
      results.push({ n, skipped: true, projectedSeconds });
      continue;
    }
    const { wrapped, ms, cpuSeconds } = wrapBatch(peer, tradeDocuments.slice(0, n), storeAddress);
    const seconds = ms / 1000;
    measured.push({ n, seconds });
    batches.set(n, wrapped);
    log(`wrap N=${n}: ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s CPU), ${(n / seconds).toFixed(0)} docs/s`);
    results.push({ n, seconds, documentsPerSecond: n / seconds, cpuSeconds, documentsPerCpuSecond: n / cpuSeconds, root: wrapped[0].signature.merkleRoot });
  }
  return { results, batches };
}

/** Seconds a wrap of n documents would take, from the sizes measured so far (0 before the first). */
function project(measured, n) {
  if (measured.length === 0) return 0;
  const last = measured[measured.length - 1];
  let exponent = 1;
  if (measured.length >= 2) {
    const before = measured[measured.length - 2];
    exponent = Math.max(1, Math.log(last.seconds / before.seconds) / Math.log(last.n / before.n));
  }
  return last.seconds * Math.pow(n / last.n, exponent);
}

module.exports = { measureWrap, wrapBatch };
