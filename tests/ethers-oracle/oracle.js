// The ethers.js oracle for the C# cross-implementation tests.
// Usage: node tests/ethers-oracle/oracle.js <command>  — reads a JSON array of cases on stdin and
// writes a JSON array of results on stdout, one per case, in order. Each command lives in
// commands/<command>.js and exports `run(case) -> result` (sync or async).
"use strict";
const path = require("path");
const fs = require("fs");

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9-]+$/.test(name)) {
    throw new Error("usage: oracle.js <command> (a file name under commands/)");
  }
  const file = path.join(__dirname, "commands", `${name}.js`);
  if (!fs.existsSync(file)) {
    throw new Error(`unknown oracle command '${name}': no ${file}`);
  }
  const { run } = require(file);
  const cases = JSON.parse(fs.readFileSync(0, "utf8"));
  const results = [];
  for (const c of cases) {
    try {
      results.push(await run(c));
    } catch (e) {
      // An error is a result too: the C# side asserts whether ethers rejected the case.
      results.push({ error: String(e && e.shortMessage ? e.shortMessage : e.message || e) });
    }
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((e) => {
  process.stderr.write(`oracle: ${e.message}\n`);
  process.exit(2);
});
