#!/usr/bin/env bash
# Quick start: sets up what is missing, then brings up the local stack in the background:
# a Hardhat chain on 127.0.0.1:8545 and the ledger node on http://127.0.0.1:5080. Safe to run again.
# ./down.sh stops it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source scripts/common.sh
source scripts/dev-processes.sh

NODE_URL="http://127.0.0.1:5080"

# npm ci again when package-lock.json changed since the last install.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  log "npm ci"
  npm ci --no-audit --no-fund
fi
log "dotnet build"
dotnet build ProvenanceLedger.sln --nologo -v quiet

# The chain, the registry, development keys, the ledger node and a sample certificate with its parent
# declaration: `provenance dev up` does it all (and skips what is already done). It keeps its PID files
# in .dev/ (chain.pid, node.pid), where ./down.sh finds them.
dotnet run --project cli --no-build -- dev up --dir .dev --chain-port 8545 --node-port 5080

echo
echo "Provenance Ledger is up: open the 'open' link above (the sample certificate on the verify page of"
echo "$NODE_URL), or $NODE_URL/ to drop a bundle. Stop with ./down.sh."
