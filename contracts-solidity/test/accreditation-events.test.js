// An indexer rebuilds the accreditation history from events alone: replaying them must give exactly the periods
// the contract keeps (the rule is spelled out in contracts-solidity/README.md).
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-network-helpers");
const { CERTIFICATE_OF_ORIGIN, AccreditationReason, YEAR, deployRegistry } = require("./utils/registry");

describe("Accreditation history from events", function () {
  async function historyFixture() {
    const [governance, issuer] = await ethers.getSigners();
    const registry = await deployRegistry(governance);
    const t0 = (await time.latest()) + 10;
    const steps = [
      [t0, () => registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, 0, t0 + YEAR, "Chamber", "u1")],
      [t0 + 100, () => registry.suspendAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.NonCompliance)],
      [t0 + 200, () => registry.reinstateAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN)],
      [t0 + 300, () => registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, t0 + 400, t0 + 2 * YEAR, "Chamber", "u2")],
      [t0 + 350, () => registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, t0 + 380, t0 + 2 * YEAR, "Chamber", "u3")],
      [t0 + 500, () => registry.endAccreditation(issuer.address, CERTIFICATE_OF_ORIGIN, AccreditationReason.Fraud)],
      [t0 + 600, () => registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, 0, t0 + 700, "Chamber", "u4")],
    ];
    for (const [at, send] of steps) {
      await time.setNextBlockTimestamp(at);
      await send();
    }
    return { registry, issuer, t0 };
  }

  /** The README's replay rule, applied to the registry's logs in chain order. */
  async function replay(registry) {
    const logs = await registry.queryFilter("*", 0, "latest");
    const periods = [];
    let running = false;
    const cut = (at) => {
      const last = periods[periods.length - 1];
      if (running && at < last[1]) last[1] = at > last[0] ? at : last[0];
    };
    for (const log of logs) {
      const blockTime = BigInt((await log.getBlock()).timestamp);
      switch (log.eventName) {
        case "AccreditationGranted":
          cut(log.args.validFrom);
          periods.push([log.args.validFrom, log.args.validUntil]);
          running = true;
          break;
        case "AccreditationReinstated":
          periods.push([log.args.validFrom, log.args.validUntil]);
          running = true;
          break;
        case "AccreditationSuspended":
        case "AccreditationEnded":
          cut(blockTime);
          running = false;
          break;
        default:
          break;
      }
    }
    return periods;
  }

  it("gives the periods accreditationPeriod returns", async function () {
    const { registry, issuer, t0 } = await loadFixture(historyFixture);
    const [, , , count] = await registry.accreditation(issuer.address, CERTIFICATE_OF_ORIGIN);
    const stored = [];
    for (let i = 0n; i < count; i++) stored.push([...(await registry.accreditationPeriod(issuer.address, CERTIFICATE_OF_ORIGIN, i))]);
    const expected = [
      [t0, t0 + 100],
      [t0 + 200, t0 + 400],
      [t0 + 400, t0 + 400],
      [t0 + 380, t0 + 500],
      [t0 + 600, t0 + 700],
    ].map(([a, b]) => [BigInt(a), BigInt(b)]);
    expect(stored).to.deep.equal(expected);
    expect(await replay(registry)).to.deep.equal(expected);
  });
});
