// The batch Merkle tree of FORMAT.md section 4: the JS utility reproduces every shared vector, and the
// registry accepts exactly those roots and proofs.
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-network-helpers");
const { buildBatch, rootFromProof } = require("./utils/merkle");
const { batchVectors } = require("./utils/vectors");
const { CERTIFICATE_OF_ORIGIN, RevocationReason, YEAR, deployRegistry, anchorDirect } = require("./utils/registry");

describe("Batch Merkle vectors (format1-vectors.json)", function () {
  const vectors = batchVectors();

  async function anchoredVectorsFixture() {
    const [governance, issuer] = await ethers.getSigners();
    const registry = await deployRegistry(governance);
    await registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, 0, (await time.latest()) + YEAR, "Issuer", "");
    for (const vector of vectors) {
      await anchorDirect(registry, issuer, vector.root, CERTIFICATE_OF_ORIGIN, vector.documentHashes.length);
    }
    return { registry, issuer };
  }

  /** Flips the lowest bit of a 32-byte hex value. */
  const tamper = (hex) => ethers.toBeHex(BigInt(hex) ^ 1n, 32);

  it("covers the batch sizes FORMAT.md lists", function () {
    expect(vectors.map((v) => v.documentHashes.length)).to.deep.equal([1, 2, 3, 5, 8, 13]);
  });

  describe("JS utility", function () {
    for (const vector of vectors) {
      it(`reproduces the root and every proof of the batch of ${vector.documentHashes.length}`, function () {
        const batch = buildBatch(vector.documentHashes);
        expect(batch.root).to.equal(vector.root);
        expect(batch.proofs).to.deep.equal(vector.proofs);
        vector.documentHashes.forEach((hash, i) => expect(rootFromProof(hash, vector.proofs[i])).to.equal(vector.root));
      });
    }

    it("gives a batch of one its leaf as root and an empty proof", function () {
      const hash = ethers.id("single");
      expect(buildBatch([hash])).to.deep.equal({ root: ethers.keccak256(hash), proofs: [[]] });
    });

    it("refuses an empty batch", function () {
      expect(() => buildBatch([])).to.throw("a batch needs at least one document hash");
    });
  });

  describe("on-chain", function () {
    for (const vector of vectors) {
      it(`accepts every proof of the batch of ${vector.documentHashes.length} and refuses tampered ones`, async function () {
        const { registry } = await loadFixture(anchoredVectorsFixture);
        for (let i = 0; i < vector.documentHashes.length; i++) {
          const hash = vector.documentHashes[i];
          const proof = vector.proofs[i];
          expect(await registry.verifyDocument(hash, vector.root, proof)).to.equal(true);
          expect(await registry.verifyDocument(tamper(hash), vector.root, proof)).to.equal(false);
          if (proof.length > 0) {
            expect(await registry.verifyDocument(hash, vector.root, [tamper(proof[0]), ...proof.slice(1)])).to.equal(false);
            expect(await registry.verifyDocument(hash, vector.root, proof.slice(1))).to.equal(false);
          } else {
            expect(await registry.verifyDocument(hash, vector.root, [vector.root])).to.equal(false);
          }
        }
      });
    }

    it("accepts a proof of MAX_PROOF_LENGTH hashes and refuses a longer one", async function () {
      const { registry, issuer } = await loadFixture(anchoredVectorsFixture);
      expect(await registry.MAX_PROOF_LENGTH()).to.equal(32n);
      // A chain of 33 single-sibling levels is a valid fold, but deeper than any batch of 2^32 - 1 documents.
      const docHash = ethers.id("deep");
      const proof = Array.from({ length: 33 }, (_, i) => ethers.id(`sibling-${i}`));
      const root = rootFromProof(docHash, proof);
      await anchorDirect(registry, issuer, root, CERTIFICATE_OF_ORIGIN, 1);
      expect(await registry.verifyDocument(docHash, root, proof)).to.equal(false);
      const rootAt32 = rootFromProof(docHash, proof.slice(0, 32));
      await anchorDirect(registry, issuer, rootAt32, CERTIFICATE_OF_ORIGIN, 1);
      expect(await registry.verifyDocument(docHash, rootAt32, proof.slice(0, 32))).to.equal(true);
      await expect(registry.connect(issuer).revokeDocument(docHash, root, proof, RevocationReason.Error))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidProof")
        .withArgs(docHash, root);
    });

    it("refuses a valid proof against a root that was never anchored", async function () {
      const { registry } = await loadFixture(anchoredVectorsFixture);
      const batch = buildBatch([ethers.id("a"), ethers.id("b")]);
      expect(await registry.verifyDocument(ethers.id("a"), batch.root, batch.proofs[0])).to.equal(false);
    });

    it("revokes a vector document with its proof and refuses a tampered proof", async function () {
      const { registry, issuer } = await loadFixture(anchoredVectorsFixture);
      const vector = vectors[4];
      const hash = vector.documentHashes[3];
      const badProof = [tamper(vector.proofs[3][0]), ...vector.proofs[3].slice(1)];
      await expect(registry.connect(issuer).revokeDocument(hash, vector.root, badProof, RevocationReason.Error))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidProof")
        .withArgs(hash, vector.root);
      await expect(registry.connect(issuer).revokeDocument(hash, vector.root, vector.proofs[3], RevocationReason.Error))
        .to.emit(registry, "DocumentRevoked")
        .withArgs(hash, issuer.address, vector.root, RevocationReason.Error, issuer.address);
    });
  });
});
