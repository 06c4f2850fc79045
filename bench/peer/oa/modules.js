// Loads OpenAttestation's packages from the scratch install (bench/peer/.work), never from the
// repository's node_modules: Node would otherwise find the repo's own ethers first, and the peer must
// run exactly the versions pinned in bench/peer/oa/package-lock.json.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { createRequire } = require("node:module");

function loadPeerModules(workDir) {
  const fromWork = createRequire(path.join(path.resolve(workDir), "package.json"));
  // oa-verify is built on ethers 5 (its own nested copy); its provider must come from that copy.
  const fromVerifier = createRequire(fromWork.resolve("@govtechsg/oa-verify"));
  // Some packages do not export ./package.json, so the installed manifests are read from disk.
  const versionOf = (packageDirectory) => JSON.parse(fs.readFileSync(path.join(packageDirectory, "package.json"), "utf8")).version;
  const installed = (name) => versionOf(path.join(path.resolve(workDir), "node_modules", name));
  return {
    openAttestation: fromWork("@govtechsg/open-attestation"),
    oaVerify: fromWork("@govtechsg/oa-verify"),
    documentStore: fromWork("@govtechsg/document-store"),
    ethers: fromWork("ethers"),
    verifierEthers: fromVerifier("ethers"),
    versions: {
      "@govtechsg/open-attestation": installed("@govtechsg/open-attestation"),
      "@govtechsg/document-store": installed("@govtechsg/document-store"),
      "@govtechsg/oa-verify": installed("@govtechsg/oa-verify"),
      ethers: installed("ethers"),
      "ethers (oa-verify's own)": installed("@govtechsg/oa-verify/node_modules/ethers"),
    },
  };
}

module.exports = { loadPeerModules };
