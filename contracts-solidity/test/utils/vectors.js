// The shared conformance vectors of format 1 (FORMAT.md section 8).
const path = require("path");

const VECTORS_PATH = path.join(__dirname, "..", "..", "..", "tests", "vectors", "format1-vectors.json");

/** The batches of format1-vectors.json: [{ documentHashes, root, proofs }]. */
function batchVectors() {
  const vectors = require(VECTORS_PATH);
  return vectors.batches.map((b) => ({
    documentHashes: b.input.documentHashes,
    root: b.expected.root,
    proofs: b.expected.proofs,
  }));
}

module.exports = { batchVectors };
