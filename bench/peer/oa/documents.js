// Turns the shared seeded certificates of origin (one trade document per JSONL line, written by our
// bench console so both sides hash the same content) into OpenAttestation v2 raw documents.
"use strict";
const fs = require("node:fs");

/** The DNS-TXT location the peer's issuer identity claims; answered by the in-process resolver. */
const IDENTITY_LOCATION = "issuer.bench.example";

function readTradeDocuments(file, count) {
  const lines = fs.readFileSync(file, "utf8").split("\n").filter((line) => line.length > 0);
  if (lines.length < count) {
    throw new Error(`${file} holds ${lines.length} documents but ${count} are needed; regenerate it with a larger --count`);
  }
  return lines.slice(0, count).map((line) => JSON.parse(line));
}

/**
 * OpenAttestation v2 keeps the document's own members at the top level beside `issuers` and
 * `$template`, so the same fields (body.importer.name, ...) are hashed and can be obfuscated.
 */
function toOpenAttestation(tradeDocument, documentStore) {
  return {
    $template: { name: "CERTIFICATE_OF_ORIGIN", type: "EMBEDDED_RENDERER", url: "https://renderer.bench.example" },
    issuers: [
      {
        name: tradeDocument.issuer?.name ?? "Bench issuer",
        documentStore,
        identityProof: { type: "DNS-TXT", location: IDENTITY_LOCATION },
      },
    ],
    ...tradeDocument,
  };
}

module.exports = { IDENTITY_LOCATION, readTradeDocuments, toOpenAttestation };
