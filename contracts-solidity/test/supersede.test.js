// Superseding a document by a corrected one of the same issuer.
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-network-helpers");
const { buildBatch } = require("./utils/merkle");
const { CERTIFICATE_OF_ORIGIN, RevocationReason, YEAR, deployRegistry, hashOf, anchorDirect } = require("./utils/registry");

describe("supersede", function () {
  async function supersedeFixture() {
    const [governance, issuer, otherIssuer] = await ethers.getSigners();
    const registry = await deployRegistry(governance);
    const until = (await time.latest()) + YEAR;
    await registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, 0, until, "Chamber", "");
    await registry.accredit(otherIssuer.address, CERTIFICATE_OF_ORIGIN, 0, until, "Other chamber", "");
    const originals = [hashOf("original-0"), hashOf("original-1"), hashOf("original-2")];
    const corrections = [hashOf("corrected-0"), hashOf("corrected-1")];
    const foreign = [hashOf("foreign-0")];
    const oldBatch = buildBatch(originals);
    const newBatch = buildBatch(corrections);
    const foreignBatch = buildBatch(foreign);
    await anchorDirect(registry, issuer, oldBatch.root, CERTIFICATE_OF_ORIGIN, 3);
    await anchorDirect(registry, issuer, newBatch.root, CERTIFICATE_OF_ORIGIN, 2);
    await anchorDirect(registry, otherIssuer, foreignBatch.root, CERTIFICATE_OF_ORIGIN, 1);
    return { registry, governance, issuer, otherIssuer, originals, corrections, foreign, oldBatch, newBatch, foreignBatch };
  }

  /** Supersedes originals[o] by corrections[n] as `caller`. */
  function supersede(f, caller, o, n) {
    return f.registry
      .connect(caller)
      .supersede(f.originals[o], f.oldBatch.root, f.oldBatch.proofs[o], f.corrections[n], f.newBatch.root, f.newBatch.proofs[n]);
  }

  it("links the old document to the new one", async function () {
    const f = await loadFixture(supersedeFixture);
    await expect(supersede(f, f.issuer, 1, 0))
      .to.emit(f.registry, "Superseded")
      .withArgs(f.originals[1], f.corrections[0], f.issuer.address, f.oldBatch.root, f.newBatch.root);
    expect(await f.registry.supersededBy(f.originals[1])).to.equal(f.corrections[0]);
    expect(await f.registry.supersededBy(f.originals[0])).to.equal(ethers.ZeroHash);
  });

  it("supersedes within the same batch", async function () {
    const f = await loadFixture(supersedeFixture);
    const { registry, issuer, originals, oldBatch } = f;
    await expect(registry.connect(issuer).supersede(originals[0], oldBatch.root, oldBatch.proofs[0], originals[2], oldBatch.root, oldBatch.proofs[2]))
      .to.emit(registry, "Superseded")
      .withArgs(originals[0], originals[2], issuer.address, oldBatch.root, oldBatch.root);
  });

  it("refuses a document already superseded", async function () {
    const f = await loadFixture(supersedeFixture);
    await supersede(f, f.issuer, 1, 0);
    await expect(supersede(f, f.issuer, 1, 1))
      .to.be.revertedWithCustomError(f.registry, "ProvenanceRegistryAlreadySuperseded")
      .withArgs(f.originals[1], f.corrections[0]);
  });

  it("refuses a caller who is not the issuer of the old batch, governance included", async function () {
    const f = await loadFixture(supersedeFixture);
    for (const caller of [f.otherIssuer, f.governance]) {
      await expect(supersede(f, caller, 0, 0))
        .to.be.revertedWithCustomError(f.registry, "ProvenanceRegistryNotBatchIssuer")
        .withArgs(f.oldBatch.root, caller.address);
    }
  });

  it("refuses a replacement from another issuer's batch", async function () {
    const { registry, issuer, originals, oldBatch, foreign, foreignBatch } = await loadFixture(supersedeFixture);
    await expect(registry.connect(issuer).supersede(originals[0], oldBatch.root, oldBatch.proofs[0], foreign[0], foreignBatch.root, []))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryNotBatchIssuer")
      .withArgs(foreignBatch.root, issuer.address);
  });

  it("refuses a root that was never anchored", async function () {
    const { registry, issuer, originals, oldBatch } = await loadFixture(supersedeFixture);
    const unanchored = buildBatch([hashOf("unanchored")]);
    await expect(registry.connect(issuer).supersede(originals[0], oldBatch.root, oldBatch.proofs[0], hashOf("unanchored"), unanchored.root, []))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryNotAnchored")
      .withArgs(unanchored.root);
  });

  it("refuses a wrong proof of the old or of the new document", async function () {
    const { registry, issuer, originals, corrections, oldBatch, newBatch } = await loadFixture(supersedeFixture);
    await expect(registry.connect(issuer).supersede(originals[0], oldBatch.root, oldBatch.proofs[1], corrections[0], newBatch.root, newBatch.proofs[0]))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidProof")
      .withArgs(originals[0], oldBatch.root);
    await expect(registry.connect(issuer).supersede(originals[0], oldBatch.root, oldBatch.proofs[0], corrections[0], newBatch.root, newBatch.proofs[1]))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidProof")
      .withArgs(corrections[0], newBatch.root);
  });

  it("refuses a document superseding itself", async function () {
    const { registry, issuer, originals, oldBatch } = await loadFixture(supersedeFixture);
    await expect(registry.connect(issuer).supersede(originals[0], oldBatch.root, oldBatch.proofs[0], originals[0], oldBatch.root, oldBatch.proofs[0]))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidSupersession")
      .withArgs(originals[0], originals[0]);
  });

  it("refuses a revoked replacement, alone or by its batch", async function () {
    const f = await loadFixture(supersedeFixture);
    await f.registry.connect(f.issuer).revokeDocument(f.corrections[0], f.newBatch.root, f.newBatch.proofs[0], RevocationReason.Error);
    await expect(supersede(f, f.issuer, 0, 0))
      .to.be.revertedWithCustomError(f.registry, "ProvenanceRegistryInvalidSupersession")
      .withArgs(f.originals[0], f.corrections[0]);
    await f.registry.connect(f.issuer).revokeBatch(f.newBatch.root, RevocationReason.Error);
    await expect(supersede(f, f.issuer, 0, 1))
      .to.be.revertedWithCustomError(f.registry, "ProvenanceRegistryInvalidSupersession")
      .withArgs(f.originals[0], f.corrections[1]);
  });
});
