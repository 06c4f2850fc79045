// Copies the ABI and bytecode of every deployable contract of contracts-solidity/contracts from the Hardhat
// build into client-sdk/Contracts/Abi/<Name>.json, where the SDK embeds them. Run through `npm run export-abi`
// (which compiles first); tests/ProvenanceLedger.Sdk.Tests/Contracts/AbiExportTests.cs fails when they drift.
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const artifactsDir = path.join(root, "contracts-solidity", "artifacts", "contracts-solidity", "contracts");
const outputDir = path.join(root, "client-sdk", "Contracts", "Abi");

/** Every artifact file under `dir` except Hardhat's debug files. */
function artifactFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return artifactFiles(full);
    return entry.name.endsWith(".json") && !entry.name.endsWith(".dbg.json") ? [full] : [];
  });
}

if (!fs.existsSync(artifactsDir)) {
  console.error(`no build at ${artifactsDir}: run 'npm run export-abi' (it compiles first)`);
  process.exit(2);
}

// Interfaces and abstract contracts have no bytecode; only deployable contracts are exported.
const deployable = artifactFiles(artifactsDir)
  .map((file) => JSON.parse(fs.readFileSync(file, "utf8")))
  .filter((artifact) => artifact.bytecode !== "0x")
  .sort((a, b) => a.contractName.localeCompare(b.contractName));

fs.mkdirSync(outputDir, { recursive: true });
for (const stale of fs.readdirSync(outputDir).filter((name) => name.endsWith(".json"))) {
  fs.rmSync(path.join(outputDir, stale));
}
for (const artifact of deployable) {
  const exported = {
    contractName: artifact.contractName,
    sourceName: artifact.sourceName,
    abi: artifact.abi,
    bytecode: artifact.bytecode,
    deployedBytecode: artifact.deployedBytecode,
  };
  const target = path.join(outputDir, `${artifact.contractName}.json`);
  fs.writeFileSync(target, `${JSON.stringify(exported, null, 2)}\n`);
  console.log(`${path.relative(root, target)}: ${artifact.abi.length} ABI entries, ${(artifact.bytecode.length - 2) / 2} bytes of bytecode`);
}
