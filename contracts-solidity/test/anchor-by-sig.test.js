// Relayed anchoring: the issuer signs EIP-712 AnchorBatch typed data, anyone submits it.
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-network-helpers");
const { CERTIFICATE_OF_ORIGIN, COMMERCIAL_INVOICE, YEAR, deployRegistry, signAnchor, hashOf, anchorDirect } = require("./utils/registry");

const URI = "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

describe("anchorBySig", function () {
  async function relayFixture() {
    const [governance, issuer, relayer, stranger] = await ethers.getSigners();
    const registry = await deployRegistry(governance);
    await registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, 0, (await time.latest()) + YEAR, "Chamber", "");
    const deadline = (await time.latest()) + 3600;
    const message = { root: hashOf("relayed-batch"), docType: CERTIFICATE_OF_ORIGIN, count: 250, uri: URI, nonce: 0, deadline };
    const signature = await signAnchor(registry, issuer, message);
    return { registry, governance, issuer, relayer, stranger, message, signature };
  }

  /** Submits `message` with `signature` for `issuer` from `relayer`. */
  function submit(registry, relayer, issuer, message, signature) {
    return registry
      .connect(relayer)
      .anchorBySig(message.root, message.docType, message.count, message.uri, issuer, message.nonce, message.deadline, signature);
  }

  it("anchors for the signer and records the relayer", async function () {
    const { registry, issuer, relayer, message, signature } = await loadFixture(relayFixture);
    await expect(submit(registry, relayer, issuer.address, message, signature))
      .to.emit(registry, "BatchAnchored")
      .withArgs(message.root, issuer.address, CERTIFICATE_OF_ORIGIN, 250, URI, relayer.address);
    expect(await registry.nonces(issuer.address)).to.equal(1n);
    expect((await registry.batch(message.root))[0]).to.equal(issuer.address);
  });

  it("uses the documented EIP-712 domain and type", async function () {
    const { registry } = await loadFixture(relayFixture);
    const { chainId } = await ethers.provider.getNetwork();
    const domain = await registry.eip712Domain();
    expect([domain.name, domain.version, domain.chainId, domain.verifyingContract]).to.deep.equal([
      "ProvenanceRegistry", "1", chainId, await registry.getAddress(),
    ]);
    expect(await registry.ANCHOR_BATCH_TYPEHASH()).to.equal(
      ethers.id("AnchorBatch(bytes32 root,bytes32 docType,uint256 count,string uri,uint256 nonce,uint256 deadline)"),
    );
  });

  it("accepts a signature in the block whose time equals the deadline", async function () {
    const { registry, issuer, relayer, message, signature } = await loadFixture(relayFixture);
    await time.setNextBlockTimestamp(message.deadline);
    await expect(submit(registry, relayer, issuer.address, message, signature)).to.emit(registry, "BatchAnchored");
  });

  it("refuses a signature after its deadline", async function () {
    const { registry, issuer, relayer, message, signature } = await loadFixture(relayFixture);
    await time.setNextBlockTimestamp(message.deadline + 1);
    await expect(submit(registry, relayer, issuer.address, message, signature))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistrySignatureExpired")
      .withArgs(message.deadline);
  });

  it("refuses a replayed signature", async function () {
    const { registry, issuer, relayer, message, signature } = await loadFixture(relayFixture);
    await submit(registry, relayer, issuer.address, message, signature);
    await expect(submit(registry, relayer, issuer.address, message, signature))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidNonce")
      .withArgs(issuer.address, 1, 0);
  });

  it("refuses a nonce ahead of the issuer's next one", async function () {
    const { registry, issuer, relayer, message } = await loadFixture(relayFixture);
    const ahead = { ...message, nonce: 5 };
    await expect(submit(registry, relayer, issuer.address, ahead, await signAnchor(registry, issuer, ahead)))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidNonce")
      .withArgs(issuer.address, 0, 5);
  });

  it("refuses a signature by another account", async function () {
    const { registry, issuer, relayer, stranger, message } = await loadFixture(relayFixture);
    const forged = await signAnchor(registry, stranger, message);
    await expect(submit(registry, relayer, issuer.address, message, forged))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidSignature")
      .withArgs(issuer.address);
  });

  it("refuses a signature over different data", async function () {
    const { registry, issuer, relayer, message, signature } = await loadFixture(relayFixture);
    for (const changed of [{ count: 251 }, { uri: `${URI}x` }, { root: hashOf("other") }, { docType: COMMERCIAL_INVOICE }]) {
      await expect(submit(registry, relayer, issuer.address, { ...message, ...changed }, signature))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidSignature")
        .withArgs(issuer.address);
    }
  });

  it("refuses a signature made for another registry", async function () {
    const { registry, governance, issuer, relayer, message } = await loadFixture(relayFixture);
    const other = await deployRegistry(governance);
    const signatureForOther = await signAnchor(other, issuer, message);
    await expect(submit(registry, relayer, issuer.address, message, signatureForOther))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidSignature")
      .withArgs(issuer.address);
  });

  it("refuses a malformed signature", async function () {
    const { registry, issuer, relayer, message, signature } = await loadFixture(relayFixture);
    for (const malformed of ["0x1234", ethers.dataSlice(signature, 0, 64), ethers.concat([ethers.dataSlice(signature, 0, 64), "0x1d"])]) {
      await expect(submit(registry, relayer, issuer.address, message, malformed))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidSignature")
        .withArgs(issuer.address);
    }
  });

  it("refuses the malleable high-s twin of a valid signature", async function () {
    const { registry, issuer, relayer, message, signature } = await loadFixture(relayFixture);
    const { r, s, v } = ethers.Signature.from(signature);
    const n = BigInt("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
    const twin = ethers.concat([r, ethers.toBeHex(n - BigInt(s), 32), ethers.toBeHex(v === 27 ? 28 : 27, 1)]);
    await expect(submit(registry, relayer, issuer.address, message, twin))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidSignature")
      .withArgs(issuer.address);
  });

  it("refuses a valid signature of an issuer that is not accredited now", async function () {
    const { registry, issuer, relayer, message, signature } = await loadFixture(relayFixture);
    await registry.suspendAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, 2);
    await expect(submit(registry, relayer, issuer.address, message, signature))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryNotAccredited")
      .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN);
    expect(await registry.nonces(issuer.address)).to.equal(0n);
  });

  it("refuses a relayed root that is already anchored, leaving the nonce unused", async function () {
    const { registry, issuer, relayer, message, signature } = await loadFixture(relayFixture);
    await anchorDirect(registry, issuer, message.root, CERTIFICATE_OF_ORIGIN, 1);
    await expect(submit(registry, relayer, issuer.address, message, signature))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryAlreadyAnchored")
      .withArgs(message.root);
    expect(await registry.nonces(issuer.address)).to.equal(0n);
  });

  it("accepts the issuer's signatures in nonce order", async function () {
    const { registry, issuer, relayer, message, signature } = await loadFixture(relayFixture);
    const second = { ...message, root: hashOf("second"), nonce: 1 };
    const secondSignature = await signAnchor(registry, issuer, second);
    await expect(submit(registry, relayer, issuer.address, second, secondSignature))
      .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidNonce")
      .withArgs(issuer.address, 0, 1);
    await submit(registry, relayer, issuer.address, message, signature);
    await expect(submit(registry, relayer, issuer.address, second, secondSignature))
      .to.emit(registry, "BatchAnchored")
      .withArgs(second.root, issuer.address, CERTIFICATE_OF_ORIGIN, 250, URI, relayer.address);
    expect(await registry.nonces(issuer.address)).to.equal(2n);
  });
});
