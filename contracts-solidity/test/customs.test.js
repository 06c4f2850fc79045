// Customs authorities (CUSTOMS_ROLE with an ISO 3166 country) and their accumulating decisions.
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-network-helpers");
const { Decision, country, deployRegistry, hashOf } = require("./utils/registry");

describe("Customs", function () {
  async function customsFixture() {
    const [governance, germanCustoms, frenchCustoms, outsider] = await ethers.getSigners();
    const registry = await deployRegistry(governance);
    await registry.addCustomsAuthority(germanCustoms.address, country("DE"));
    const customsRole = await registry.CUSTOMS_ROLE();
    return { registry, governance, germanCustoms, frenchCustoms, outsider, customsRole, docHash: hashOf("inspected-certificate") };
  }

  describe("addCustomsAuthority", function () {
    it("grants CUSTOMS_ROLE together with the country", async function () {
      const { registry, governance, frenchCustoms, customsRole } = await loadFixture(customsFixture);
      await expect(registry.addCustomsAuthority(frenchCustoms.address, country("FR")))
        .to.emit(registry, "CustomsAuthorityAdded")
        .withArgs(frenchCustoms.address, "0x4652")
        .and.to.emit(registry, "RoleGranted")
        .withArgs(customsRole, frenchCustoms.address, governance.address);
      expect(await registry.hasRole(customsRole, frenchCustoms.address)).to.equal(true);
      expect(await registry.customsCountry(frenchCustoms.address)).to.equal("0x4652");
    });

    it("refuses a code that is not two upper-case letters", async function () {
      const { registry, frenchCustoms } = await loadFixture(customsFixture);
      for (const code of ["0x6672", "0x0000", "0x4631", "0x5b41", "0x4140"]) {
        await expect(registry.addCustomsAuthority(frenchCustoms.address, code))
          .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidCountry")
          .withArgs(code);
      }
    });

    it("refuses the zero address", async function () {
      const { registry } = await loadFixture(customsFixture);
      await expect(registry.addCustomsAuthority(ethers.ZeroAddress, country("FR")))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidAccount")
        .withArgs(ethers.ZeroAddress);
    });

    it("refuses an account that already is a customs authority", async function () {
      const { registry, germanCustoms } = await loadFixture(customsFixture);
      await expect(registry.addCustomsAuthority(germanCustoms.address, country("AT")))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryAlreadyCustomsAuthority")
        .withArgs(germanCustoms.address, country("DE"));
    });

    it("refuses a caller without GOVERNANCE_ROLE", async function () {
      const { registry, outsider } = await loadFixture(customsFixture);
      await expect(registry.connect(outsider).addCustomsAuthority(outsider.address, country("FR")))
        .to.be.revertedWithCustomError(registry, "AccessControlUnauthorizedAccount")
        .withArgs(outsider.address, await registry.GOVERNANCE_ROLE());
    });

    it("refuses CUSTOMS_ROLE granted without a country", async function () {
      const { registry, frenchCustoms, customsRole } = await loadFixture(customsFixture);
      await expect(registry.grantRole(customsRole, frenchCustoms.address))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryCustomsRoleNeedsCountry")
        .withArgs(frenchCustoms.address);
    });
  });

  describe("removing a customs authority", function () {
    it("removes the role and the country through removeCustomsAuthority", async function () {
      const { registry, governance, germanCustoms, customsRole } = await loadFixture(customsFixture);
      await expect(registry.removeCustomsAuthority(germanCustoms.address))
        .to.emit(registry, "CustomsAuthorityRemoved")
        .withArgs(germanCustoms.address, country("DE"))
        .and.to.emit(registry, "RoleRevoked")
        .withArgs(customsRole, germanCustoms.address, governance.address);
      expect(await registry.hasRole(customsRole, germanCustoms.address)).to.equal(false);
      expect(await registry.customsCountry(germanCustoms.address)).to.equal("0x0000");
    });

    it("removes the country when the role is revoked or renounced directly", async function () {
      const { registry, germanCustoms, frenchCustoms, customsRole } = await loadFixture(customsFixture);
      await registry.addCustomsAuthority(frenchCustoms.address, country("FR"));
      await expect(registry.revokeRole(customsRole, germanCustoms.address))
        .to.emit(registry, "CustomsAuthorityRemoved")
        .withArgs(germanCustoms.address, country("DE"));
      await expect(registry.connect(frenchCustoms).renounceRole(customsRole, frenchCustoms.address))
        .to.emit(registry, "CustomsAuthorityRemoved")
        .withArgs(frenchCustoms.address, country("FR"));
      expect(await registry.customsCountry(frenchCustoms.address)).to.equal("0x0000");
    });

    it("refuses an account that is not a customs authority", async function () {
      const { registry, outsider } = await loadFixture(customsFixture);
      await expect(registry.removeCustomsAuthority(outsider.address))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryNotCustomsAuthority")
        .withArgs(outsider.address);
    });

    it("refuses a caller without GOVERNANCE_ROLE", async function () {
      const { registry, germanCustoms } = await loadFixture(customsFixture);
      await expect(registry.connect(germanCustoms).removeCustomsAuthority(germanCustoms.address))
        .to.be.revertedWithCustomError(registry, "AccessControlUnauthorizedAccount")
        .withArgs(germanCustoms.address, await registry.GOVERNANCE_ROLE());
    });
  });

  describe("recordDecision", function () {
    it("accumulates decisions with their authority, country, time and reference", async function () {
      const { registry, germanCustoms, frenchCustoms, docHash } = await loadFixture(customsFixture);
      await registry.addCustomsAuthority(frenchCustoms.address, country("FR"));
      await expect(registry.connect(germanCustoms).recordDecision(docHash, Decision.InspectionRequired, "26DE000000123456A1"))
        .to.emit(registry, "DecisionRecorded")
        .withArgs(docHash, germanCustoms.address, 0, Decision.InspectionRequired, country("DE"), "26DE000000123456A1");
      const first = await time.latest();
      await expect(registry.connect(germanCustoms).recordDecision(docHash, Decision.Released, "26DE000000123456A1"))
        .to.emit(registry, "DecisionRecorded")
        .withArgs(docHash, germanCustoms.address, 1, Decision.Released, country("DE"), "26DE000000123456A1");
      const second = await time.latest();
      await expect(registry.connect(frenchCustoms).recordDecision(docHash, Decision.Held, "26FR0000000000042"))
        .to.emit(registry, "DecisionRecorded")
        .withArgs(docHash, frenchCustoms.address, 2, Decision.Held, country("FR"), "26FR0000000000042");
      const third = await time.latest();

      expect(await registry.decisionCount(docHash)).to.equal(3n);
      expect(await registry.decisionAt(docHash, 0)).to.deep.equal([germanCustoms.address, 3n, country("DE"), BigInt(first)]);
      expect(await registry.decisionAt(docHash, 1)).to.deep.equal([germanCustoms.address, 1n, country("DE"), BigInt(second)]);
      expect(await registry.decisionAt(docHash, 2)).to.deep.equal([frenchCustoms.address, 2n, country("FR"), BigInt(third)]);
      expect(await registry.decisionCount(hashOf("never-decided"))).to.equal(0n);
    });

    it("records a rejection", async function () {
      const { registry, germanCustoms, docHash } = await loadFixture(customsFixture);
      await expect(registry.connect(germanCustoms).recordDecision(docHash, Decision.Rejected, "R-1"))
        .to.emit(registry, "DecisionRecorded")
        .withArgs(docHash, germanCustoms.address, 0, Decision.Rejected, country("DE"), "R-1");
    });

    it("refuses an account that is not a customs authority, or no longer one", async function () {
      const { registry, governance, germanCustoms, docHash } = await loadFixture(customsFixture);
      await expect(registry.connect(governance).recordDecision(docHash, Decision.Released, "X"))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryNotCustomsAuthority")
        .withArgs(governance.address);
      await registry.removeCustomsAuthority(germanCustoms.address);
      await expect(registry.connect(germanCustoms).recordDecision(docHash, Decision.Released, "X"))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryNotCustomsAuthority")
        .withArgs(germanCustoms.address);
    });

    it("refuses decision None and values outside the enum", async function () {
      const { registry, germanCustoms, docHash } = await loadFixture(customsFixture);
      await expect(registry.connect(germanCustoms).recordDecision(docHash, Decision.None, "X"))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryInvalidDecision");
      const data = registry.interface.encodeFunctionData("recordDecision", [docHash, 1, "X"]);
      // The enum's ABI decoder refuses 5 before the function body runs (no error data).
      const outOfRange = data.slice(0, 10 + 64) + ethers.toBeHex(5, 32).slice(2) + data.slice(10 + 128);
      await expect(germanCustoms.sendTransaction({ to: await registry.getAddress(), data: outOfRange })).to.be.revertedWithoutReason();
    });

    it("refuses an index past the document's decisions", async function () {
      const { registry, germanCustoms, docHash } = await loadFixture(customsFixture);
      await registry.connect(germanCustoms).recordDecision(docHash, Decision.Released, "X");
      await expect(registry.decisionAt(docHash, 1))
        .to.be.revertedWithCustomError(registry, "ProvenanceRegistryIndexOutOfRange")
        .withArgs(1, 1);
    });
  });
});
