// Direct anchoring by an accredited issuer, and the batch views a light verifier reads.
const { expect } = require("chai");
const hre = require("hardhat");
const { ethers } = hre;
const { loadFixture, time } = require("@nomicfoundation/hardhat-network-helpers");
const { buildBatch } = require("./utils/merkle");
const {
  CERTIFICATE_OF_ORIGIN,
  COMMERCIAL_INVOICE,
  YEAR,
  deployRegistry,
  hashOf,
  signAnchor,
  anchorTerms,
  anchorDirect,
  directAnchors,
} = require("./utils/registry");

describe("anchor", function () {
  async function anchorFixture() {
    const [governance, issuer, outsider] = await ethers.getSigners();
    const registry = await deployRegistry(governance);
    await registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, 0, (await time.latest()) + YEAR, "Chamber", "");
    const documents = [hashOf("doc-0"), hashOf("doc-1"), hashOf("doc-2")];
    return { registry, governance, issuer, outsider, documents, batch: buildBatch(documents) };
  }

  it("records the batch in one anonymous log with everything an indexer needs", async function () {
    const { registry, issuer, batch } = await loadFixture(anchorFixture);
    const logs = await directAnchors(registry, anchorDirect(registry, issuer, batch.root, CERTIFICATE_OF_ORIGIN, 3));
    expect(logs).to.deep.equal([{ root: batch.root, issuer: issuer.address, accreditationId: 1n, count: 3n }]);
    const block = await ethers.provider.getBlock("latest");
    expect(await registry.batch(batch.root)).to.deep.equal([
      issuer.address, CERTIFICATE_OF_ORIGIN, 3n, BigInt(block.timestamp), BigInt(block.number), 0n,
    ]);
  });

  it("writes the batch record that batch() and revocation read, at the largest count", async function () {
    const { registry, governance, issuer, batch } = await loadFixture(anchorFixture);
    const count = 2n ** 32n - 1n;
    await anchorDirect(registry, issuer, batch.root, CERTIFICATE_OF_ORIGIN, count);
    const block = await ethers.provider.getBlock("latest");
    expect(await registry.batch(batch.root)).to.deep.equal([
      issuer.address, CERTIFICATE_OF_ORIGIN, count, BigInt(block.timestamp), BigInt(block.number), 0n,
    ]);
    await registry.connect(governance).revokeBatch(batch.root, 6);
    const [, , keptCount, keptTime, keptBlock, revokedFor] = await registry.batch(batch.root);
    expect([keptCount, keptTime, keptBlock, revokedFor]).to.deep.equal([count, BigInt(block.timestamp), BigInt(block.number), 6n]);
  });

  it("names the accreditation by an id that stands for its issuer and type", async function () {
    const { registry, issuer } = await loadFixture(anchorFixture);
    expect(await registry.accreditationId(issuer.address, CERTIFICATE_OF_ORIGIN)).to.equal(1n);
    expect(await registry.accreditationId(issuer.address, COMMERCIAL_INVOICE)).to.equal(0n);
    expect(await registry.accreditationKey(1)).to.deep.equal([issuer.address, CERTIFICATE_OF_ORIGIN]);
    expect(await registry.accreditationKey(2)).to.deep.equal([ethers.ZeroAddress, ethers.ZeroHash]);
  });

  it("proves each document of an anchored batch", async function () {
    const { registry, issuer, documents, batch } = await loadFixture(anchorFixture);
    await anchorDirect(registry, issuer, batch.root, CERTIFICATE_OF_ORIGIN, 3);
    for (let i = 0; i < documents.length; i++) {
      expect(await registry.verifyDocument(documents[i], batch.root, batch.proofs[i])).to.equal(true);
    }
    expect(await registry.verifyDocument(documents[0], batch.root, batch.proofs[1])).to.equal(false);
  });

  it("answers zeros for a root that was never anchored", async function () {
    const { registry, batch } = await loadFixture(anchorFixture);
    expect(await registry.batch(batch.root)).to.deep.equal([ethers.ZeroAddress, ethers.ZeroHash, 0n, 0n, 0n, 0n]);
    expect(await registry.isRevoked(batch.root)).to.equal(false);
  });

  it("anchors a root only once", async function () {
    const { registry, issuer, batch } = await loadFixture(anchorFixture);
    await anchorDirect(registry, issuer, batch.root, CERTIFICATE_OF_ORIGIN, 3);
    await expect(anchorDirect(registry, issuer, batch.root, CERTIFICATE_OF_ORIGIN, 3))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryAlreadyAnchored")
      .withArgs(batch.root);
  });

  it("refuses the zero root", async function () {
    const { registry, issuer } = await loadFixture(anchorFixture);
    await expect(anchorDirect(registry, issuer, ethers.ZeroHash, CERTIFICATE_OF_ORIGIN, 1))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryZeroRoot");
  });

  it("refuses a count of 0 or one that does not fit 32 bits", async function () {
    const { registry, issuer, batch } = await loadFixture(anchorFixture);
    for (const count of [0n, 2n ** 32n, 2n ** 64n - 1n]) {
      await expect(anchorDirect(registry, issuer, batch.root, CERTIFICATE_OF_ORIGIN, count))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidCount")
        .withArgs(count);
    }
  });

  it("refuses an account that is not accredited, or accredited for another type", async function () {
    const { registry, issuer, outsider, batch } = await loadFixture(anchorFixture);
    await expect(anchorDirect(registry, outsider, batch.root, CERTIFICATE_OF_ORIGIN, 3))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryNotAccredited")
      .withArgs(outsider.address, ethers.ZeroHash);
    await expect(anchorDirect(registry, issuer, batch.root, COMMERCIAL_INVOICE, 3))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryNotAccredited")
      .withArgs(issuer.address, ethers.ZeroHash);
  });

  it("refuses a caller that names another issuer's accreditation", async function () {
    const { registry, outsider, batch } = await loadFixture(anchorFixture);
    await expect(registry.connect(outsider).anchor(batch.root, anchorTerms(1, 3)))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryNotAccredited")
      .withArgs(outsider.address, CERTIFICATE_OF_ORIGIN);
  });

  it("refuses an unknown accreditation id", async function () {
    const { registry, issuer, batch } = await loadFixture(anchorFixture);
    for (const id of [2n, 2n ** 32n - 1n]) {
      await expect(registry.connect(issuer).anchor(batch.root, anchorTerms(id, 3)))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryNotAccredited")
        .withArgs(issuer.address, ethers.ZeroHash);
    }
  });

  it("refuses a root that anchorBySig anchored first", async function () {
    const { registry, issuer, outsider, batch } = await loadFixture(anchorFixture);
    const message = { root: batch.root, docType: CERTIFICATE_OF_ORIGIN, count: 3, uri: "", nonce: 0, deadline: (await time.latest()) + 3600 };
    const signature = await signAnchor(registry, issuer, message);
    await registry.connect(outsider).anchorBySig(batch.root, CERTIFICATE_OF_ORIGIN, 3, "", issuer.address, 0, message.deadline, signature);
    await expect(anchorDirect(registry, issuer, batch.root, CERTIFICATE_OF_ORIGIN, 3))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryAlreadyAnchored")
      .withArgs(batch.root);
  });

  it("follows a replacing grant's window: refused before its future start, accepted from it", async function () {
    const { registry, issuer, batch } = await loadFixture(anchorFixture);
    const start = (await time.latest()) + 1000;
    await registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, start, start + YEAR, "Chamber", "");
    await expect(anchorDirect(registry, issuer, batch.root, CERTIFICATE_OF_ORIGIN, 3))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryNotAccredited")
      .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN);
    await time.setNextBlockTimestamp(start);
    expect(await directAnchors(registry, anchorDirect(registry, issuer, batch.root, CERTIFICATE_OF_ORIGIN, 3))).to.have.length(1);
  });

  it("refuses terms whose low 160 bits are not zero", async function () {
    const { registry, issuer, batch } = await loadFixture(anchorFixture);
    const terms = anchorTerms(1, 3) | BigInt(issuer.address);
    await expect(registry.connect(issuer).anchor(batch.root, terms))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidAnchorTerms")
      .withArgs(terms);
  });

  it("refuses an issuer whose accreditation is suspended, then ended", async function () {
    const { registry, issuer, batch } = await loadFixture(anchorFixture);
    for (const change of [() => registry.suspendAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, 2),
      () => registry.endAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, 1)]) {
      await change();
      await expect(anchorDirect(registry, issuer, batch.root, CERTIFICATE_OF_ORIGIN, 3))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryNotAccredited")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN);
    }
  });

  it("reports version 2.0.0, its roles and its interfaces", async function () {
    const { registry, governance } = await loadFixture(anchorFixture);
    expect(await registry.version()).to.equal("2.0.0");
    expect(await registry.GOVERNANCE_ROLE()).to.equal(ethers.id("GOVERNANCE_ROLE"));
    expect(await registry.CUSTOMS_ROLE()).to.equal(ethers.id("CUSTOMS_ROLE"));
    expect(await registry.hasRole(ethers.ZeroHash, governance.address)).to.equal(true);
    expect(await registry.hasRole(ethers.id("GOVERNANCE_ROLE"), governance.address)).to.equal(true);
    expect(await registry.getRoleAdmin(ethers.id("CUSTOMS_ROLE"))).to.equal(ethers.id("GOVERNANCE_ROLE"));
    expect(await registry.supportsInterface("0x7965db0b")).to.equal(true); // IAccessControl
    expect(await registry.supportsInterface("0x01ffc9a7")).to.equal(true); // IERC165
    expect(await registry.supportsInterface("0xffffffff")).to.equal(false);
  });

  it("supports IAccreditation and IProvenanceRegistry by their ERC-165 ids", async function () {
    const { registry } = await loadFixture(anchorFixture);
    // ERC-165: an interface id is the XOR of the selectors the interface itself declares (not inherited ones).
    const selectorsXor = async (name) => {
      let id = 0n;
      const { abi } = await hre.artifacts.readArtifact(name);
      new ethers.Interface(abi).forEachFunction((f) => {
        id ^= BigInt(f.selector);
      });
      return id;
    };
    const accreditationId = await selectorsXor("IAccreditation");
    const registryId = (await selectorsXor("IProvenanceRegistry")) ^ accreditationId;
    expect(await registry.supportsInterface(ethers.toBeHex(accreditationId, 4))).to.equal(true);
    expect(await registry.supportsInterface(ethers.toBeHex(registryId, 4))).to.equal(true);
  });

  it("refuses a deployment without a governance account", async function () {
    const factory = await ethers.getContractFactory("ProvenanceRegistry");
    await expect(factory.deploy(ethers.ZeroAddress))
      .to.be.revertedWithCustomError(factory, "ProvenanceRegistryInvalidAccount")
      .withArgs(ethers.ZeroAddress);
  });
});
