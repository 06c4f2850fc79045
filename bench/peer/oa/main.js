// The OpenAttestation side of the benchmark. Run by bench/peer/run.sh; writes one JSON results file
// that bench/peer/table.js sets beside ours.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { parseArgs } = require("node:util");
const { loadPeerModules } = require("./modules");
const { readTradeDocuments } = require("./documents");
const { deployDocumentStore } = require("./chain");
const { measureWrap } = require("./wrap");
const { measureAnchoring } = require("./anchor");
const { createVerifier, measureVerification } = require("./verify");
const { measureDisclosure } = require("./disclosure");

const numbers = (text) => text.split(",").map((part) => Number.parseInt(part, 10));

const { values: args } = parseArgs({
  options: {
    work: { type: "string" },
    rpc: { type: "string" },
    "chain-id": { type: "string", default: "31337" },
    "chain-pid": { type: "string" },
    key: { type: "string" },
    documents: { type: "string" },
    out: { type: "string" },
    "wrap-sizes": { type: "string", default: "1000,10000,100000" },
    "wrap-budget-seconds": { type: "string", default: "60" }, // per round: a size projected to take longer is skipped
    rounds: { type: "string", default: "3" },
    "anchor-sizes": { type: "string", default: "1,10,100,1000,10000" },
    "verify-samples": { type: "string", default: "300" },
    "verify-warm-up": { type: "string", default: "20" },
    "throughput-documents": { type: "string", default: "600" },
    concurrency: { type: "string", default: "16" },
    "disclose-field": { type: "string", default: "body.importer.name" },
    "disclose-samples": { type: "string", default: "100" },
    "issue-only": { type: "boolean", default: false },
  },
});

for (const required of ["work", "rpc", "chain-pid", "key", "documents", "out"]) {
  if (!args[required]) throw new Error(`--${required} is required (see bench/peer/run.sh)`);
}

const log = (line) => process.stderr.write(`[openattestation] ${line}\n`);

async function main() {
  const peer = loadPeerModules(args.work);
  const chainId = Number.parseInt(args["chain-id"], 10);
  const wrapSizes = numbers(args["wrap-sizes"]);
  const anchorSizes = numbers(args["anchor-sizes"]);
  const needed = args["issue-only"] ? Math.max(...wrapSizes) : Math.max(...wrapSizes, ...anchorSizes);
  const tradeDocuments = readTradeDocuments(args.documents, needed);

  const { store, address, deployGas } = await deployDocumentStore(peer, args.rpc, args.key);
  log(`DocumentStore at ${address} (${deployGas} gas)`);

  const { results: wrap, batches } = measureWrap(peer, tradeDocuments, address, wrapSizes, Number(args["wrap-budget-seconds"]), Number(args.rounds), log);
  if (args["issue-only"]) {
    writeResults({ side: "OpenAttestation", versions: peer.versions, node: process.version, documentStore: { address, deployGas }, wrap });
    return;
  }
  const { results: anchoring, anchoredBatch } = await measureAnchoring(peer, store, address, tradeDocuments, anchorSizes, batches, log);
  batches.clear();

  const verifyOne = createVerifier(peer, args.rpc, chainId, address);
  const verification = await measureVerification(verifyOne, anchoredBatch, {
    samples: Number(args["verify-samples"]),
    warmUp: Number(args["verify-warm-up"]),
    throughputDocuments: Number(args["throughput-documents"]),
    concurrency: Number(args.concurrency),
    chainPid: Number(args["chain-pid"]),
  }, log);
  const disclosure = await measureDisclosure(peer, verifyOne, anchoredBatch, args["disclose-field"], Number(args["disclose-samples"]), log);

  const results = {
    side: "OpenAttestation",
    versions: peer.versions,
    node: process.version,
    documentStore: { address, deployGas },
    wrap,
    anchoring,
    verification: { full: verification },
    disclosure,
  };
  writeResults(results);
}

function writeResults(results) {
  fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
  fs.writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error) => {
  process.stderr.write(`[openattestation] failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
