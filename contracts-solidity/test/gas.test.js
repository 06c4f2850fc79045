// Receipt-based gas table for every state-changing function, checked against the targets of issue 4.
// `npm run gas` also writes the table into contracts-solidity/README.md (between the gas markers).
const fs = require("fs");
const path = require("path");
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-network-helpers");
const { buildBatch } = require("./utils/merkle");
const {
  CERTIFICATE_OF_ORIGIN,
  Decision,
  RevocationReason,
  AccreditationReason,
  YEAR,
  country,
  deployRegistry,
  signAnchor,
  anchorDirect,
} = require("./utils/registry");

const URI = "https://chamber.example/batches/2026-11-22/000001.json";
const REFERENCE = "DE-ATLAS-26DE000000123456A1";
// anchor: at most what OpenAttestation's DocumentStore.issue(bytes32) costs for a bare root, as measured by
// receipt in bench/peer (issue #9); the others are issue 4's budgets.
const TARGETS = { anchor: 47_886, anchorBySig: 75_000, recordDecision: 60_000 };
const README = path.join(__dirname, "..", "README.md");

describe("Gas", function () {
  const rows = [];

  async function gasFixture() {
    const [governance, issuer, relayer, customs] = await ethers.getSigners();
    const registry = await deployRegistry(governance);
    const now = await time.latest();
    await registry.accredit(issuer.address, CERTIFICATE_OF_ORIGIN, 0, now + YEAR, "Chamber of Commerce", URI);
    await registry.addCustomsAuthority(customs.address, country("DE"));
    return { registry, governance, issuer, relayer, customs };
  }

  async function measure(name, note, txPromise) {
    const receipt = await (await txPromise).wait();
    rows.push({ name, note, gas: Number(receipt.gasUsed) });
    return Number(receipt.gasUsed);
  }

  async function relayed(registry, issuer, relayer, root, count) {
    const nonce = await registry.nonces(issuer.address);
    const deadline = (await time.latest()) + 3600;
    const message = { root, docType: CERTIFICATE_OF_ORIGIN, count, uri: URI, nonce, deadline };
    const signature = await signAnchor(registry, issuer, message);
    return registry
      .connect(relayer)
      .anchorBySig(root, CERTIFICATE_OF_ORIGIN, count, URI, issuer.address, nonce, deadline, signature);
  }

  it("keeps anchor at or below a bare-root document store (47,886 gas) whatever the batch size", async function () {
    const { registry, issuer } = await loadFixture(gasFixture);
    for (const count of [1, 10_000, 4_294_967_295]) {
      const gas = await measure("anchor", `count ${count}`, anchorDirect(registry, issuer, ethers.id(`anchor-${count}`), CERTIFICATE_OF_ORIGIN, count));
      expect(gas).to.be.at.most(TARGETS.anchor);
    }
  });

  it("keeps anchorBySig within 75,000 gas, first nonce included", async function () {
    const { registry, issuer, relayer } = await loadFixture(gasFixture);
    const first = await measure("anchorBySig", "first nonce, count 10000", relayed(registry, issuer, relayer, ethers.id("sig-1"), 10_000));
    const later = await measure("anchorBySig", "later nonce, count 4294967295", relayed(registry, issuer, relayer, ethers.id("sig-2"), 4_294_967_295));
    expect(first).to.be.at.most(TARGETS.anchorBySig);
    expect(later).to.be.at.most(TARGETS.anchorBySig);
  });

  it("keeps recordDecision within 60,000 gas, first and later decisions", async function () {
    const { registry, customs } = await loadFixture(gasFixture);
    const docHash = ethers.id("decided");
    const first = await measure("recordDecision", "first on a document", registry.connect(customs).recordDecision(docHash, Decision.InspectionRequired, REFERENCE));
    const later = await measure("recordDecision", "second on a document", registry.connect(customs).recordDecision(docHash, Decision.Released, REFERENCE));
    expect(first).to.be.at.most(TARGETS.recordDecision);
    expect(later).to.be.at.most(TARGETS.recordDecision);
  });

  it("reports the other state-changing functions", async function () {
    const { registry, governance, issuer, customs } = await loadFixture(gasFixture);
    const docs = Array.from({ length: 13 }, (_, i) => ethers.id(`gas-doc-${i}`));
    const batch = buildBatch(docs);
    const replacement = buildBatch([ethers.id("gas-replacement")]);
    await anchorDirect(registry, issuer, batch.root, CERTIFICATE_OF_ORIGIN, docs.length);
    await anchorDirect(registry, issuer, replacement.root, CERTIFICATE_OF_ORIGIN, 1);
    const now = await time.latest();
    const other = ethers.Wallet.createRandom().address;

    await measure("accredit", "first grant of an issuer and type", registry.accredit(other, CERTIFICATE_OF_ORIGIN, 0, now + YEAR, "Exporter Ltd", URI));
    await measure("accredit", "replacing an active grant", registry.accredit(other, CERTIFICATE_OF_ORIGIN, 0, now + 2 * YEAR, "Exporter Ltd", URI));
    await measure("suspendAccreditation", "", registry.suspendAccreditation(other, CERTIFICATE_OF_ORIGIN, AccreditationReason.NonCompliance));
    await measure("reinstateAccreditation", "", registry.reinstateAccreditation(other, CERTIFICATE_OF_ORIGIN));
    await measure("endAccreditation", "", registry.endAccreditation(other, CERTIFICATE_OF_ORIGIN, AccreditationReason.IssuerRequest));
    await measure("revokeDocument", "13-document batch (4-hash proof)", registry.connect(issuer).revokeDocument(docs[5], batch.root, batch.proofs[5], RevocationReason.Error));
    await measure("supersede", "13-document batch to batch of one", registry.connect(issuer).supersede(docs[6], batch.root, batch.proofs[6], ethers.id("gas-replacement"), replacement.root, []));
    await measure("revokeBatch", "by governance", registry.connect(governance).revokeBatch(batch.root, RevocationReason.GovernanceOrder));
    await measure("addCustomsAuthority", "", registry.addCustomsAuthority(other, country("FR")));
    await measure("removeCustomsAuthority", "", registry.removeCustomsAuthority(customs.address));
    expect(rows.length).to.be.greaterThan(10);
  });

  after(function () {
    const table = [
      "| function | case | gas used |",
      "| --- | --- | ---: |",
      ...rows.map((r) => `| ${r.name} | ${r.note} | ${r.gas.toLocaleString("en-US")} |`),
    ].join("\n");
    console.log(`\n${table}\n`);
    if (process.env.GAS_REPORT_WRITE === "1") {
      const readme = fs.readFileSync(README, "utf8");
      const start = "<!-- gas:start -->";
      const end = "<!-- gas:end -->";
      const at = readme.indexOf(start);
      const stop = readme.indexOf(end);
      if (at < 0 || stop < at) throw new Error(`${README} lacks the ${start} … ${end} markers`);
      fs.writeFileSync(README, `${readme.slice(0, at + start.length)}\n${table}\n${readme.slice(stop)}`);
    }
  });
});
