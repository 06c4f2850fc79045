// (4) Selective disclosure: hide one field with OpenAttestation's obfuscate, then run the full verify on
// the obfuscated document, which must still be valid.
"use strict";
const { elapsedMs, percentile } = require("./stats");
const { sample } = require("./verify");

/** The value at a lodash-style dotted path ("body.importer.name"), or undefined. */
const valueAt = (object, dottedPath) => dottedPath.split(".").reduce((node, key) => node?.[key], object);

async function measureDisclosure(peer, verifyOne, anchoredBatch, field, samples, log) {
  const obfuscateMs = [];
  const verifyMs = [];
  for (const document of sample(anchoredBatch, samples)) {
    let start = process.hrtime.bigint();
    const obfuscated = peer.openAttestation.obfuscateDocument(document, field);
    obfuscateMs.push(elapsedMs(start));
    if (valueAt(peer.openAttestation.getData(obfuscated), field) !== undefined) {
      throw new Error(`obfuscate left ${field} visible`);
    }
    start = process.hrtime.bigint();
    await verifyOne(obfuscated);
    verifyMs.push(elapsedMs(start));
  }
  const result = { field, samples: obfuscateMs.length, hideMedianMs: percentile(obfuscateMs, 50), verifyMedianMs: percentile(verifyMs, 50), verifyP99Ms: percentile(verifyMs, 99), stillValid: true };
  log(`disclosure: obfuscate ${result.hideMedianMs.toFixed(3)} ms, verify after ${result.verifyMedianMs.toFixed(2)} ms`);
  return result;
}

module.exports = { measureDisclosure };
