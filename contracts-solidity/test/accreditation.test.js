// Accreditation per issuer and document type: grants, suspension, reinstatement, end, and the kept history.
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-network-helpers");
const { anyValue } = require("@nomicfoundation/hardhat-chai-matchers/withArgs");
const {
  CERTIFICATE_OF_ORIGIN,
  COMMERCIAL_INVOICE,
  AccreditationStatus,
  AccreditationReason,
  YEAR,
  deployRegistry,
  hashOf,
  anchorDirect,
  directAnchors,
} = require("./utils/registry");

const NAME = "Chamber of Commerce Hamburg";
const URI = "https://chamber.example/accreditation";

describe("Accreditation", function () {
  async function accreditationFixture() {
    const [governance, issuer, outsider] = await ethers.getSigners();
    const registry = await deployRegistry(governance);
    const start = (await time.latest()) + 100;
    const until = start + YEAR;
    return { registry, governance, issuer, outsider, start, until };
  }

  /** Grants from the next block on (validFrom 0 is clamped to the block time) and returns that time. */
  async function grantNow(registry, issuer, until) {
    await registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, 0, until, NAME, URI);
    return time.latest();
  }

  describe("accredit", function () {
    it("grants a future window as given and answers isAccreditedAt at its edges", async function () {
      const { registry, issuer, start, until } = await loadFixture(accreditationFixture);
      await expect(registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, start, until, NAME, URI))
        .to.emit(registry, "AccreditationGranted")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN, 1, start, until, NAME, URI);
      expect(await registry.accreditation(issuer.address, CERTIFICATE_OF_ORIGIN)).to.deep.equal([
        AccreditationStatus.Active, BigInt(start), BigInt(until), 1n,
      ]);
      expect(await registry.accreditationPeriod(issuer.address, CERTIFICATE_OF_ORIGIN, 0)).to.deep.equal([BigInt(start), BigInt(until)]);
      expect(await registry.isAccreditedAt(issuer.address, CERTIFICATE_OF_ORIGIN, start - 1)).to.equal(false);
      expect(await registry.isAccreditedAt(issuer.address, CERTIFICATE_OF_ORIGIN, start)).to.equal(true);
      expect(await registry.isAccreditedAt(issuer.address, CERTIFICATE_OF_ORIGIN, until - 1)).to.equal(true);
      expect(await registry.isAccreditedAt(issuer.address, CERTIFICATE_OF_ORIGIN, until)).to.equal(false);
      expect(await registry.isAccreditedAt(issuer.address, COMMERCIAL_INVOICE, start)).to.equal(false);
    });

    it("clamps a start in the past to the block time, so history is never rewritten", async function () {
      const { registry, issuer, until } = await loadFixture(accreditationFixture);
      const blockTime = (await time.latest()) + 1;
      await time.setNextBlockTimestamp(blockTime);
      await expect(registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, 1, until, NAME, URI))
        .to.emit(registry, "AccreditationGranted")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN, 1, blockTime, until, NAME, URI);
      expect(await registry.isAccreditedAt(issuer.address, CERTIFICATE_OF_ORIGIN, blockTime - 1)).to.equal(false);
    });

    it("replaces an active grant from the new start on and keeps the earlier period", async function () {
      const { registry, issuer, until } = await loadFixture(accreditationFixture);
      const first = await grantNow(registry, issuer, until);
      const renewalStart = first + 1000;
      await registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, renewalStart, until + YEAR, NAME, URI);
      expect(await registry.accreditation(issuer.address, CERTIFICATE_OF_ORIGIN)).to.deep.equal([
        AccreditationStatus.Active, BigInt(renewalStart), BigInt(until + YEAR), 2n,
      ]);
      expect(await registry.accreditationPeriod(issuer.address, CERTIFICATE_OF_ORIGIN, 0)).to.deep.equal([BigInt(first), BigInt(renewalStart)]);
      expect(await registry.isAccreditedAt(issuer.address, CERTIFICATE_OF_ORIGIN, first)).to.equal(true);
      expect(await registry.isAccreditedAt(issuer.address, CERTIFICATE_OF_ORIGIN, until + 10)).to.equal(true);
    });

    it("empties a future period that a new grant replaces before it began", async function () {
      const { registry, issuer, start, until } = await loadFixture(accreditationFixture);
      await registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, start + 5000, until, NAME, URI);
      await registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, start, until, NAME, URI);
      expect(await registry.accreditationPeriod(issuer.address, CERTIFICATE_OF_ORIGIN, 0)).to.deep.equal([BigInt(start + 5000), BigInt(start + 5000)]);
      expect(await registry.isAccreditedAt(issuer.address, CERTIFICATE_OF_ORIGIN, start + 5000)).to.equal(true);
    });

    it("grants again after an end, and after a suspension", async function () {
      const { registry, issuer, until } = await loadFixture(accreditationFixture);
      await grantNow(registry, issuer, until);
      await registry.endAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.Fraud);
      await grantNow(registry, issuer, until);
      await registry.suspendAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.NonCompliance);
      const last = await grantNow(registry, issuer, until);
      expect(await registry.accreditation(issuer.address, CERTIFICATE_OF_ORIGIN)).to.deep.equal([
        AccreditationStatus.Active, BigInt(last), BigInt(until), 3n,
      ]);
    });

    it("refuses a caller without GOVERNANCE_ROLE", async function () {
      const { registry, issuer, outsider, until } = await loadFixture(accreditationFixture);
      await expect(registry.connect(outsider).accredit(issuer.address, CERTIFICATE_OF_ORIGIN, 0, until, NAME, URI))
        .to.be.revertedWithCustomError(registry, "AccessControlUnauthorizedAccount")
        .withArgs(outsider.address, await registry.GOVERNANCE_ROLE());
    });

    it("refuses the zero address", async function () {
      const { registry, until } = await loadFixture(accreditationFixture);
      await expect(registry.accredit(ethers.ZeroAddress, CERTIFICATE_OF_ORIGIN, 0, until, NAME, URI))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidAccount")
        .withArgs(ethers.ZeroAddress);
    });

    it("refuses a window that ends at or before its effective start", async function () {
      const { registry, issuer, start } = await loadFixture(accreditationFixture);
      await expect(registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, start, start, NAME, URI))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidWindow")
        .withArgs(start, start);
      const blockTime = (await time.latest()) + 1;
      await time.setNextBlockTimestamp(blockTime);
      await expect(registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, 0, blockTime - 10, NAME, URI))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidWindow")
        .withArgs(blockTime, blockTime - 10);
    });

    it("keeps at most MAX_ACCREDITATION_PERIODS periods", async function () {
      const { registry, issuer, until } = await loadFixture(accreditationFixture);
      const max = Number(await registry.MAX_ACCREDITATION_PERIODS());
      expect(max).to.equal(32);
      for (let i = 0; i < max; i++) await grantNow(registry, issuer, until);
      await expect(registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, 0, until, NAME, URI))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryAccreditationHistoryFull")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN);
    });

    it("refuses a period index past the history", async function () {
      const { registry, issuer, until } = await loadFixture(accreditationFixture);
      await grantNow(registry, issuer, until);
      await expect(registry.accreditationPeriod(issuer.address, CERTIFICATE_OF_ORIGIN, 1))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryIndexOutOfRange")
        .withArgs(1, 1);
    });
  });

  describe("suspendAccreditation", function () {
    it("cuts the period at the block time and leaves earlier times accredited", async function () {
      const { registry, issuer, until } = await loadFixture(accreditationFixture);
      const granted = await grantNow(registry, issuer, until);
      const suspendedAt = granted + 500;
      await time.setNextBlockTimestamp(suspendedAt);
      await expect(registry.suspendAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.NonCompliance))
        .to.emit(registry, "AccreditationSuspended")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.NonCompliance);
      expect(await registry.accreditation(issuer.address, CERTIFICATE_OF_ORIGIN)).to.deep.equal([
        AccreditationStatus.Suspended, BigInt(granted), BigInt(until), 1n,
      ]);
      expect(await registry.isAccreditedAt(issuer.address, CERTIFICATE_OF_ORIGIN, suspendedAt - 1)).to.equal(true);
      expect(await registry.isAccreditedAt(issuer.address, CERTIFICATE_OF_ORIGIN, suspendedAt)).to.equal(false);
    });

    it("refuses a reason code outside 1 to 5", async function () {
      const { registry, issuer, until } = await loadFixture(accreditationFixture);
      await grantNow(registry, issuer, until);
      for (const reason of [0, 6]) {
        await expect(registry.suspendAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, reason))
          .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidAccreditationReason")
          .withArgs(reason);
      }
    });

    it("refuses an accreditation that is not active", async function () {
      const { registry, issuer, until } = await loadFixture(accreditationFixture);
      await expect(registry.suspendAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.Fraud))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryAccreditationNotChangeable")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationStatus.None);
      await grantNow(registry, issuer, until);
      await registry.suspendAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.Fraud);
      await expect(registry.suspendAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.Fraud))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryAccreditationNotChangeable")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationStatus.Suspended);
    });

    it("refuses an accreditation whose window is over", async function () {
      const { registry, issuer, until } = await loadFixture(accreditationFixture);
      await grantNow(registry, issuer, until);
      await time.increaseTo(until);
      await expect(registry.suspendAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.Fraud))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryAccreditationExpired")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN, until);
    });

    it("refuses a caller without GOVERNANCE_ROLE, the issuer included", async function () {
      const { registry, issuer, until } = await loadFixture(accreditationFixture);
      await grantNow(registry, issuer, until);
      await expect(registry.connect(issuer).suspendAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.IssuerRequest))
        .to.be.revertedWithCustomError(registry, "AccessControlUnauthorizedAccount")
        .withArgs(issuer.address, await registry.GOVERNANCE_ROLE());
    });
  });

  describe("reinstateAccreditation", function () {
    it("opens a new period from the block time to the original end", async function () {
      const { registry, issuer, until } = await loadFixture(accreditationFixture);
      const granted = await grantNow(registry, issuer, until);
      await time.setNextBlockTimestamp(granted + 100);
      await registry.suspendAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.NonCompliance);
      const reinstatedAt = granted + 300;
      await time.setNextBlockTimestamp(reinstatedAt);
      await expect(registry.reinstateAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN))
        .to.emit(registry, "AccreditationReinstated")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN, reinstatedAt, until);
      expect(await registry.accreditation(issuer.address, CERTIFICATE_OF_ORIGIN)).to.deep.equal([
        AccreditationStatus.Active, BigInt(granted), BigInt(until), 2n,
      ]);
      expect(await registry.isAccreditedAt(issuer.address, CERTIFICATE_OF_ORIGIN, granted + 99)).to.equal(true);
      expect(await registry.isAccreditedAt(issuer.address, CERTIFICATE_OF_ORIGIN, granted + 200)).to.equal(false);
      expect(await registry.isAccreditedAt(issuer.address, CERTIFICATE_OF_ORIGIN, reinstatedAt)).to.equal(true);
    });

    it("reinstates a suspended future window from its own start", async function () {
      const { registry, issuer, start, until } = await loadFixture(accreditationFixture);
      await registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, start + 1000, until, NAME, URI);
      await registry.suspendAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.Administrative);
      await expect(registry.reinstateAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN))
        .to.emit(registry, "AccreditationReinstated")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN, start + 1000, until);
    });

    it("refuses an accreditation that is not suspended", async function () {
      const { registry, issuer, until } = await loadFixture(accreditationFixture);
      await grantNow(registry, issuer, until);
      await expect(registry.reinstateAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryAccreditationNotChangeable")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationStatus.Active);
    });

    it("refuses a suspended accreditation whose window is over", async function () {
      const { registry, issuer, until } = await loadFixture(accreditationFixture);
      await grantNow(registry, issuer, until);
      await registry.suspendAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.Fraud);
      await time.increaseTo(until);
      await expect(registry.reinstateAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryAccreditationExpired")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN, until);
    });

    it("refuses a caller without GOVERNANCE_ROLE", async function () {
      const { registry, issuer, outsider } = await loadFixture(accreditationFixture);
      await expect(registry.connect(outsider).reinstateAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN))
        .to.be.revertedWithCustomError(registry, "AccessControlUnauthorizedAccount")
        .withArgs(outsider.address, await registry.GOVERNANCE_ROLE());
    });
  });

  describe("endAccreditation", function () {
    it("ends an active accreditation at the block time", async function () {
      const { registry, issuer, until } = await loadFixture(accreditationFixture);
      const granted = await grantNow(registry, issuer, until);
      await time.setNextBlockTimestamp(granted + 50);
      await expect(registry.endAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.IssuerRequest))
        .to.emit(registry, "AccreditationEnded")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.IssuerRequest);
      expect((await registry.accreditation(issuer.address, CERTIFICATE_OF_ORIGIN))[0]).to.equal(AccreditationStatus.Ended);
      expect(await registry.accreditationPeriod(issuer.address, CERTIFICATE_OF_ORIGIN, 0)).to.deep.equal([BigInt(granted), BigInt(granted + 50)]);
    });

    it("ends a suspended accreditation, which can then no longer be reinstated", async function () {
      const { registry, issuer, until } = await loadFixture(accreditationFixture);
      await grantNow(registry, issuer, until);
      await registry.suspendAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.Fraud);
      await expect(registry.endAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.Fraud))
        .to.emit(registry, "AccreditationEnded")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.Fraud);
      await expect(registry.reinstateAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryAccreditationNotChangeable")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationStatus.Ended);
    });

    it("refuses an accreditation that never existed or already ended", async function () {
      const { registry, issuer, until } = await loadFixture(accreditationFixture);
      await expect(registry.endAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.Fraud))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryAccreditationNotChangeable")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationStatus.None);
      await grantNow(registry, issuer, until);
      await registry.endAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.Fraud);
      await expect(registry.endAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.Fraud))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryAccreditationNotChangeable")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationStatus.Ended);
    });

    it("refuses a reason code outside 1 to 5", async function () {
      const { registry, issuer, until } = await loadFixture(accreditationFixture);
      await grantNow(registry, issuer, until);
      await expect(registry.endAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, 0))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidAccreditationReason")
        .withArgs(0);
    });

    it("refuses a caller without GOVERNANCE_ROLE", async function () {
      const { registry, issuer, outsider } = await loadFixture(accreditationFixture);
      await expect(registry.connect(outsider).endAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.Fraud))
        .to.be.revertedWithCustomError(registry, "AccessControlUnauthorizedAccount")
        .withArgs(outsider.address, await registry.GOVERNANCE_ROLE());
    });
  });

  describe("accreditation at the time of anchoring", function () {
    it("keeps a batch anchored while accredited valid after a suspension, and refuses one anchored after it", async function () {
      const { registry, issuer, until } = await loadFixture(accreditationFixture);
      await grantNow(registry, issuer, until);
      const root = hashOf("batch-before-suspension");
      await anchorDirect(registry, issuer, root, CERTIFICATE_OF_ORIGIN, 3);
      const anchoredAt = await time.latest();
      await registry.suspendAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.NonCompliance);

      const [batchIssuer, batchType, count, batchTime, , revokedFor] = await registry.batch(root);
      expect([batchIssuer, batchType, count, batchTime, revokedFor]).to.deep.equal([issuer.address, CERTIFICATE_OF_ORIGIN, 3n, BigInt(anchoredAt), 0n]);
      expect(await registry.isAccreditedAt(issuer.address, CERTIFICATE_OF_ORIGIN, anchoredAt)).to.equal(true);
      expect(await registry.isAccreditedAt(issuer.address, CERTIFICATE_OF_ORIGIN, await time.latest())).to.equal(false);
      await expect(anchorDirect(registry, issuer, hashOf("batch-after-suspension"), CERTIFICATE_OF_ORIGIN, 1))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryNotAccredited")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN);
    });

    it("refuses anchoring before the window starts and from its end on", async function () {
      const { registry, issuer, start, until } = await loadFixture(accreditationFixture);
      await registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, start, until, NAME, URI);
      await expect(anchorDirect(registry, issuer, hashOf("early"), CERTIFICATE_OF_ORIGIN, 1))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryNotAccredited")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN);
      await time.setNextBlockTimestamp(start);
      expect(await directAnchors(registry, anchorDirect(registry, issuer, hashOf("on-time"), CERTIFICATE_OF_ORIGIN, 1))).to.have.length(1);
      await time.setNextBlockTimestamp(until);
      await expect(anchorDirect(registry, issuer, hashOf("late"), CERTIFICATE_OF_ORIGIN, 1))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryNotAccredited")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN);
    });

    it("anchors again under the same id once an ended accreditation is granted anew", async function () {
      const { registry, issuer, until } = await loadFixture(accreditationFixture);
      await grantNow(registry, issuer, until);
      await registry.endAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.IssuerRequest);
      await expect(anchorDirect(registry, issuer, hashOf("while-ended"), CERTIFICATE_OF_ORIGIN, 1))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryNotAccredited")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN);
      await expect(registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, 0, until, NAME, URI))
        .to.emit(registry, "AccreditationGranted")
        .withArgs(issuer.address, CERTIFICATE_OF_ORIGIN, 1, anyValue, until, NAME, URI);
      expect(await directAnchors(registry, anchorDirect(registry, issuer, hashOf("granted-anew"), CERTIFICATE_OF_ORIGIN, 1)))
        .to.deep.equal([{ root: hashOf("granted-anew"), issuer: issuer.address, accreditationId: 1n, count: 1n }]);
    });

    it("anchors again once a suspended accreditation is reinstated", async function () {
      const { registry, issuer, until } = await loadFixture(accreditationFixture);
      await grantNow(registry, issuer, until);
      await registry.suspendAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.NonCompliance);
      await registry.reinstateAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN);
      expect(await directAnchors(registry, anchorDirect(registry, issuer, hashOf("after-reinstatement"), CERTIFICATE_OF_ORIGIN, 1)))
        .to.deep.equal([{ root: hashOf("after-reinstatement"), issuer: issuer.address, accreditationId: 1n, count: 1n }]);
    });
  });
});
