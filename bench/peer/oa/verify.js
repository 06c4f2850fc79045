// (3) Verification: oa-verify's full check of a wrapped v2 document — integrity (hash and Merkle proof),
// status (DocumentStore.isIssued / isRevoked on the Hardhat node) and issuer identity (DNS-TXT).
"use strict";
const { collectGarbage, elapsedMs, percentile, processCpuMs, runPool } = require("./stats");
const { IDENTITY_LOCATION } = require("./documents");

const TXT_RECORD_TYPE = 16;

/**
 * The DNS-TXT record an issuer publishes, answered in-process: the machine has no public DNS, and an
 * instant answer only flatters the peer (a real lookup adds a network round trip per verification).
 */
function localDnsResolver(chainId, storeAddress) {
  const answer = {
    AD: true,
    Answer: [{ name: IDENTITY_LOCATION, type: TXT_RECORD_TYPE, TTL: 300, data: `"openatts net=ethereum netId=${chainId} addr=${storeAddress}"` }],
  };
  return async (domain) => (domain === IDENTITY_LOCATION ? answer : { AD: true, Answer: [] });
}

function createVerifier(peer, rpcUrl, chainId, storeAddress) {
  const { verificationBuilder, openAttestationHash, openAttestationEthereumDocumentStoreStatus, openAttestationDnsTxtIdentityProof, isValid } = peer.oaVerify;
  // StaticJsonRpcProvider skips eth_chainId before every call: the fastest provider ethers 5 offers.
  const provider = new peer.verifierEthers.providers.StaticJsonRpcProvider(rpcUrl, { name: "hardhat", chainId });
  const verify = verificationBuilder(
    [openAttestationHash, openAttestationEthereumDocumentStoreStatus, openAttestationDnsTxtIdentityProof],
    { provider, dnsResolvers: [localDnsResolver(chainId, storeAddress)] },
  );
  return async (document) => {
    const fragments = await verify(document);
    if (!isValid(fragments)) {
      const failed = fragments.filter((f) => f.status !== "VALID").map((f) => `${f.name}: ${f.status} ${f.reason?.message ?? ""}`);
      throw new Error(`oa-verify rejected a document the benchmark issued: ${failed.join("; ")}`);
    }
    return true;
  };
}

/** Evenly spread sample of `count` documents from the anchored batch (deterministic, no randomness). */
function sample(batch, count) {
  const step = Math.max(1, Math.floor(batch.length / count));
  return Array.from({ length: Math.min(count, batch.length) }, (_, i) => batch[(i * step) % batch.length]);
}

async function measureVerification(verifyOne, anchoredBatch, options, log) {
  const documents = sample(anchoredBatch, options.samples);
  for (const document of documents.slice(0, options.warmUp)) await verifyOne(document);

  const latencies = [];
  for (const document of documents) {
    const start = process.hrtime.bigint();
    await verifyOne(document);
    latencies.push(elapsedMs(start));
  }

  const throughputDocuments = sample(anchoredBatch, options.throughputDocuments);
  collectGarbage(); // as ours before each of its rounds
  const chainCpuStart = processCpuMs(options.chainPid);
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  await runPool(throughputDocuments, options.concurrency, verifyOne);
  const seconds = elapsedMs(start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const chainCpuMs = processCpuMs(options.chainPid) - chainCpuStart;

  const result = {
    samples: latencies.length,
    medianMs: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    throughputDocuments: throughputDocuments.length,
    concurrency: options.concurrency,
    documentsPerSecond: throughputDocuments.length / seconds,
    verifierCpuMsPerDocument: (cpu.user + cpu.system) / 1000 / throughputDocuments.length,
    chainCpuMsPerDocument: chainCpuMs / throughputDocuments.length,
  };
  log(`verify: median ${result.medianMs.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms, ${result.documentsPerSecond.toFixed(0)} docs/s at concurrency ${options.concurrency}; CPU per doc ${result.verifierCpuMsPerDocument.toFixed(2)} ms here + ${result.chainCpuMsPerDocument.toFixed(2)} ms in the chain node`);
  return result;
}

module.exports = { createVerifier, measureVerification, sample };
