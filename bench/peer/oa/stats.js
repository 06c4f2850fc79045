// Timing and summary helpers shared by the peer's measurements.
"use strict";
const fs = require("node:fs");

/** Milliseconds elapsed since `start` (a process.hrtime.bigint() value). */
const elapsedMs = (start) => Number(process.hrtime.bigint() - start) / 1e6;

/** Nearest-rank percentile (p in 0..100) of a list of numbers. */
function percentile(values, p) {
  if (values.length === 0) throw new Error("percentile of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU milliseconds (user + system) another process has used so far, from /proc (Linux); the benchmark
 * reads the Hardhat node's this way, to charge each side for the chain work its verification causes.
 */
function processCpuMs(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Runs `task(item)` over `items` with at most `concurrency` in flight; returns results in order. */
async function runPool(items, concurrency, task) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/**
 * A full collection before the timed verification round, as our side does with GC.Collect before each of its API
 * rounds: neither side's verifications pay for the garbage of what ran before them. main.js must run under
 * `node --expose-gc` (run.sh starts it so); without it the benchmark stops rather than measure one side
 * differently. (Not before wrap rounds: tried on both sides in one idle run, it showed no gain for either, so
 * neither side's issue rounds are preceded by one.)
 */
function collectGarbage() {
  if (typeof global.gc !== "function") throw new Error("run bench/peer/oa/main.js with node --expose-gc (bench/peer/run.sh does)");
  global.gc();
}

module.exports = { collectGarbage, elapsedMs, percentile, processCpuMs, runPool };
