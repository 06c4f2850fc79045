// Batch Merkle tree of FORMAT.md section 4, independent of the contract and of the C# SDK:
// node0 = keccak256(documentHash); parent = keccak256(min(a,b) || max(a,b)); an odd last node is carried up.
const { keccak256, concat } = require("ethers");

/** The tree's leaf for a document hash (a 32-byte input, so it cannot collide with a 64-byte inner node). */
function leafOf(documentHash) {
  return keccak256(documentHash);
}

/** The parent of two nodes, ordered as unsigned 256-bit numbers. */
function parentOf(a, b) {
  return BigInt(a) <= BigInt(b) ? keccak256(concat([a, b])) : keccak256(concat([b, a]));
}

/**
 * Builds the batch for document hashes in issue order: its root and, for each document, the siblings from the
 * bottom up. O(N log N): every level touches each node once and appends to at most N proofs.
 */
function buildBatch(documentHashes) {
  if (documentHashes.length === 0) throw new Error("a batch needs at least one document hash");
  let level = documentHashes.map(leafOf);
  // positions[i] = index of document i's ancestor in the current level
  const positions = documentHashes.map((_, i) => i);
  const proofs = documentHashes.map(() => []);
  while (level.length > 1) {
    const next = [];
    for (let i = 0; i < level.length; i += 2) {
      next.push(i + 1 < level.length ? parentOf(level[i], level[i + 1]) : level[i]);
    }
    for (let d = 0; d < positions.length; d++) {
      const p = positions[d];
      const sibling = p ^ 1;
      if (sibling < level.length) proofs[d].push(level[sibling]);
      positions[d] = p >> 1;
    }
    level = next;
  }
  return { root: level[0], proofs };
}

/** Folds a proof from the document's leaf; the document is in the batch when the result equals the root. */
function rootFromProof(documentHash, proof) {
  return proof.reduce((node, sibling) => parentOf(node, sibling), leafOf(documentHash));
}

module.exports = { leafOf, parentOf, buildBatch, rootFromProof };
