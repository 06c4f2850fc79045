// Revoking a whole batch or one document of it, by its issuer or by governance.
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-network-helpers");
const { buildBatch } = require("./utils/merkle");
const { CERTIFICATE_OF_ORIGIN, RevocationReason, YEAR, deployRegistry, hashOf, anchorDirect } = require("./utils/registry");

describe("Revocation", function () {
  async function revocationFixture() {
    const [governance, issuer, otherIssuer] = await ethers.getSigners();
    const registry = await deployRegistry(governance);
    const until = (await time.latest()) + YEAR;
    await registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, 0, until, "Chamber", "");
    await registry.accredit(otherIssuer.address, CERTIFICATE_OF_ORIGIN, 0, until, "Other chamber", "");
    const documents = [0, 1, 2, 3, 4].map((i) => hashOf(`revocable-${i}`));
    const batch = buildBatch(documents);
    await anchorDirect(registry, issuer, batch.root, CERTIFICATE_OF_ORIGIN, documents.length);
    return { registry, governance, issuer, otherIssuer, documents, batch };
  }

  describe("revokeBatch", function () {
    it("revokes a batch by its issuer", async function () {
      const { registry, issuer, batch } = await loadFixture(revocationFixture);
      await expect(registry.connect(issuer).revokeBatch(batch.root, RevocationReason.Error))
        .to.emit(registry, "BatchRevoked")
        .withArgs(batch.root, issuer.address, RevocationReason.Error, issuer.address);
      expect(await registry.isRevoked(batch.root)).to.equal(true);
      expect(await registry.revocationReason(batch.root)).to.equal(RevocationReason.Error);
      expect((await registry.batch(batch.root))[5]).to.equal(BigInt(RevocationReason.Error));
    });

    it("revokes a batch by governance and records who did", async function () {
      const { registry, governance, issuer, batch } = await loadFixture(revocationFixture);
      await expect(registry.connect(governance).revokeBatch(batch.root, RevocationReason.GovernanceOrder))
        .to.emit(registry, "BatchRevoked")
        .withArgs(batch.root, issuer.address, RevocationReason.GovernanceOrder, governance.address);
    });

    it("refuses another issuer", async function () {
      const { registry, otherIssuer, batch } = await loadFixture(revocationFixture);
      await expect(registry.connect(otherIssuer).revokeBatch(batch.root, RevocationReason.Fraud))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryNotBatchIssuer")
        .withArgs(batch.root, otherIssuer.address);
    });

    it("refuses a root that was never anchored", async function () {
      const { registry, issuer } = await loadFixture(revocationFixture);
      await expect(registry.connect(issuer).revokeBatch(hashOf("unknown"), RevocationReason.Error))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryNotAnchored")
        .withArgs(hashOf("unknown"));
    });

    it("refuses a batch already revoked", async function () {
      const { registry, issuer, batch } = await loadFixture(revocationFixture);
      await registry.connect(issuer).revokeBatch(batch.root, RevocationReason.Error);
      await expect(registry.connect(issuer).revokeBatch(batch.root, RevocationReason.Fraud))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryAlreadyRevoked")
        .withArgs(batch.root);
    });

    it("refuses a reason code outside 1 to 6", async function () {
      const { registry, issuer, batch } = await loadFixture(revocationFixture);
      for (const reason of [0, 7]) {
        await expect(registry.connect(issuer).revokeBatch(batch.root, reason))
          .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidRevocationReason")
          .withArgs(reason);
      }
    });

    it("keeps the batch's proofs valid: revocation is a status, not erasure", async function () {
      const { registry, issuer, documents, batch } = await loadFixture(revocationFixture);
      await registry.connect(issuer).revokeBatch(batch.root, RevocationReason.Withdrawn);
      expect(await registry.verifyDocument(documents[2], batch.root, batch.proofs[2])).to.equal(true);
    });
  });

  describe("revokeDocument", function () {
    it("revokes one document proven to be in the issuer's batch", async function () {
      const { registry, issuer, documents, batch } = await loadFixture(revocationFixture);
      await expect(registry.connect(issuer).revokeDocument(documents[3], batch.root, batch.proofs[3], RevocationReason.KeyCompromise))
        .to.emit(registry, "DocumentRevoked")
        .withArgs(documents[3], issuer.address, batch.root, RevocationReason.KeyCompromise, issuer.address);
      expect(await registry.isRevoked(documents[3])).to.equal(true);
      expect(await registry.revocationReason(documents[3])).to.equal(RevocationReason.KeyCompromise);
      expect(await registry.isRevoked(documents[2])).to.equal(false);
      expect(await registry.isRevoked(batch.root)).to.equal(false);
    });

    it("revokes a document by governance", async function () {
      const { registry, governance, issuer, documents, batch } = await loadFixture(revocationFixture);
      await expect(registry.connect(governance).revokeDocument(documents[0], batch.root, batch.proofs[0], RevocationReason.Fraud))
        .to.emit(registry, "DocumentRevoked")
        .withArgs(documents[0], issuer.address, batch.root, RevocationReason.Fraud, governance.address);
    });

    it("refuses someone else's document", async function () {
      const { registry, otherIssuer, documents, batch } = await loadFixture(revocationFixture);
      await expect(registry.connect(otherIssuer).revokeDocument(documents[0], batch.root, batch.proofs[0], RevocationReason.Fraud))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryNotBatchIssuer")
        .withArgs(batch.root, otherIssuer.address);
    });

    it("refuses a wrong proof", async function () {
      const { registry, issuer, documents, batch } = await loadFixture(revocationFixture);
      await expect(registry.connect(issuer).revokeDocument(documents[0], batch.root, batch.proofs[1], RevocationReason.Error))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidProof")
        .withArgs(documents[0], batch.root);
    });

    it("refuses a root that was never anchored", async function () {
      const { registry, issuer, documents } = await loadFixture(revocationFixture);
      const unanchored = buildBatch([documents[0]]);
      await expect(registry.connect(issuer).revokeDocument(documents[0], unanchored.root, [], RevocationReason.Error))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryNotAnchored")
        .withArgs(unanchored.root);
    });

    it("refuses a document already revoked", async function () {
      const { registry, issuer, documents, batch } = await loadFixture(revocationFixture);
      await registry.connect(issuer).revokeDocument(documents[4], batch.root, batch.proofs[4], RevocationReason.Error);
      await expect(registry.connect(issuer).revokeDocument(documents[4], batch.root, batch.proofs[4], RevocationReason.Fraud))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryAlreadyRevoked")
        .withArgs(documents[4]);
    });

    it("refuses a reason code outside 1 to 6", async function () {
      const { registry, issuer, documents, batch } = await loadFixture(revocationFixture);
      await expect(registry.connect(issuer).revokeDocument(documents[4], batch.root, batch.proofs[4], 7))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidRevocationReason")
        .withArgs(7);
    });
  });
});
