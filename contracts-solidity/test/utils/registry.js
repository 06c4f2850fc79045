// Shared names and helpers for the registry's tests; each test file keeps its own fixture.
const { ethers } = require("hardhat");

/** docType = keccak256(utf8(kebab-case name)) (FORMAT.md section 6). */
const docType = (name) => ethers.id(name);

const CERTIFICATE_OF_ORIGIN = docType("certificate-of-origin");
const COMMERCIAL_INVOICE = docType("commercial-invoice");

/** Numeric values of the contract's enums and codes, as documented in contracts-solidity/README.md. */
const Decision = { None: 0, Released: 1, Held: 2, InspectionRequired: 3, Rejected: 4 };
const AccreditationStatus = { None: 0, Active: 1, Suspended: 2, Ended: 3 };
const RevocationReason = { Error: 1, Fraud: 2, Replaced: 3, Withdrawn: 4, KeyCompromise: 5, GovernanceOrder: 6 };
const AccreditationReason = { IssuerRequest: 1, NonCompliance: 2, Fraud: 3, KeyCompromise: 4, Administrative: 5 };

const YEAR = 365 * 24 * 3600;

/** A bytes2 country code from two ASCII letters, e.g. "DE" -> 0x4445. */
const country = (code) => ethers.hexlify(ethers.toUtf8Bytes(code));

/** Deploys a registry governed by `governance`. */
async function deployRegistry(governance) {
  const factory = await ethers.getContractFactory("ProvenanceRegistry");
  const registry = await factory.deploy(governance.address);
  await registry.waitForDeployment();
  return registry;
}

/** The issuer's EIP-712 AnchorBatch signature for `registry`. */
async function signAnchor(registry, signer, message) {
  const { chainId } = await ethers.provider.getNetwork();
  const domain = { name: "ProvenanceRegistry", version: "1", chainId, verifyingContract: await registry.getAddress() };
  const types = {
    AnchorBatch: [
      { name: "root", type: "bytes32" },
      { name: "docType", type: "bytes32" },
      { name: "count", type: "uint256" },
      { name: "uri", type: "string" },
      { name: "nonce", type: "uint256" },
      { name: "deadline", type: "uint256" },
    ],
  };
  return signer.signTypedData(domain, types, message);
}

/** `anchor`'s terms: count << 192 | accreditation id << 160 (the low 160 bits are the event's). */
const anchorTerms = (id, count) => (BigInt(count) << 192n) | (BigInt(id) << 160n);

/** Anchors directly as `signer` under its accreditation for `type` (id looked up, as the SDK does). */
async function anchorDirect(registry, signer, root, type, count) {
  const id = await registry.accreditationId(signer.address, type);
  return registry.connect(signer).anchor(root, anchorTerms(id, count));
}

/**
 * The BatchAnchoredDirect logs of a transaction, decoded: the event is anonymous, so it is the registry's
 * log with one topic (the root) and one data word (count, accreditation id, issuer).
 */
async function directAnchors(registry, tx) {
  const receipt = await (await tx).wait();
  const address = await registry.getAddress();
  return receipt.logs
    .filter((log) => log.address === address && log.topics.length === 1 && ethers.dataLength(log.data) === 32)
    .map((log) => {
      const { root, terms } = registry.interface.decodeEventLog("BatchAnchoredDirect", log.data, log.topics);
      const mask32 = (1n << 32n) - 1n;
      return {
        root,
        issuer: ethers.getAddress(ethers.toBeHex(terms & ((1n << 160n) - 1n), 20)),
        accreditationId: (terms >> 160n) & mask32,
        count: terms >> 192n,
      };
    });
}

/** Deterministic 32-byte values for test documents, e.g. hashOf("doc-1"). */
const hashOf = (label) => ethers.id(label);

module.exports = {
  docType,
  CERTIFICATE_OF_ORIGIN,
  COMMERCIAL_INVOICE,
  Decision,
  AccreditationStatus,
  RevocationReason,
  AccreditationReason,
  YEAR,
  country,
  deployRegistry,
  signAnchor,
  anchorTerms,
  anchorDirect,
  directAnchors,
  hashOf,
};
