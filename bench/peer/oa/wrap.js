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
 * Measures each size in ascending order, `rounds` times in a row, and reports the median round (its wall and CPU
 * time) with every round's figures beside it; ours does the same, so neither side is judged on a round that
 * happened to be warming up or collecting garbage. Skips a size whose projected time per round would exceed the
 * budget; a skipped size is reported, not hidden. The projection follows the growth seen between the last two
 * sizes (never less than linear): a linear one let a 100,000-document wrap in that was projected at 130 s and
 * was still running after 12 minutes (1.3 GB of heap), which no run budget survives. Returns one wrapped batch
 * per size too, so anchoring need not wrap the same documents again.
 */
function measureWrap(peer, tradeDocuments, storeAddress, sizes, budgetSeconds, rounds, log) {
  wrapBatch(peer, tradeDocuments.slice(0, WARM_UP_DOCUMENTS), storeAddress);
  const results = [];
  const batches = new Map();
  const measured = [];
  for (const n of sizes) {
    const projectedSeconds = project(measured, n);
    if (projectedSeconds > budgetSeconds) {
      log(`wrap N=${n}: skipped, projected ${projectedSeconds.toFixed(0)} s per round > budget ${budgetSeconds} s`);
      results.push({ n, skipped: true, projectedSeconds });
      continue;
    }
    const timed = [];
    for (let round = 1; round <= rounds; round++) {
      const { wrapped, ms, cpuSeconds } = wrapBatch(peer, tradeDocuments.slice(0, n), storeAddress);
      const seconds = ms / 1000;
      timed.push({ seconds, cpuSeconds });
      // Only the last round's batch is kept (for anchoring), so no round is timed with an earlier one on the heap.
      if (round === rounds) batches.set(n, wrapped);
      log(`wrap N=${n} round ${round}/${rounds}: ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s CPU), ${(n / seconds).toFixed(0)} docs/s`);
    }
    const median = medianBySeconds(timed);
    measured.push({ n, seconds: median.seconds });
    results.push({
      n,
      seconds: median.seconds,
      documentsPerSecond: n / median.seconds,
      cpuSeconds: median.cpuSeconds,
      documentsPerCpuSecond: n / median.cpuSeconds,
      rounds: timed,
      root: batches.get(n)[0].signature.merkleRoot,
    });
  }
  return { results, batches };
}

/** The middle round by throughput (of an even count, the slower of the two middle rounds). */
function medianBySeconds(timed) {
  const sorted = [...timed].sort((a, b) => b.seconds - a.seconds);
  return sorted[Math.floor((sorted.length - 1) / 2)];
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
