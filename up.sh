#!/usr/bin/env bash
# Quick start: sets up what is missing, then brings up the local stack in the background:
# a Hardhat chain on 127.0.0.1:8545 and the ledger node on http://127.0.0.1:5080. Safe to run again.
# ./down.sh stops it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source scripts/common.sh
source scripts/dev-processes.sh

CHAIN_URL="http://127.0.0.1:8545"
NODE_URL="http://127.0.0.1:5080"

chain_answers() {
  curl -sf -H 'content-type: application/json' \
    --data '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}' "$CHAIN_URL" | grep -q '"result":"0x7a69"'
}

# npm ci again when package-lock.json changed since the last install.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  log "npm ci"
  npm ci --no-audit --no-fund
fi
log "dotnet build"
dotnet build ProvenanceLedger.sln --nologo -v quiet

if is_running chain; then
  log "chain already running (pid $(cat .dev/chain.pid))"
else
  chain_answers && { log "something else already answers on $CHAIN_URL; stop it first"; exit 1; }
  log "starting Hardhat chain on $CHAIN_URL (log: .dev/chain.log)"
  start_background chain node node_modules/hardhat/internal/cli/cli.js node --hostname 127.0.0.1 --port 8545
  wait_until chain 60 chain_answers
fi

# Contracts, a sample issuer and a sample certificate: deployed here by `provenance dev up` once the CLI
# has it (the CLI issue). Until then the chain starts empty.

if is_running node; then
  log "ledger node already running (pid $(cat .dev/node.pid))"
else
  log "starting ledger node on $NODE_URL (log: .dev/node.log)"
  start_background node dotnet run --project ledger-node --no-build --urls "$NODE_URL"
  wait_until node 120 curl -sf "$NODE_URL/health/live"
fi

echo
echo "Provenance Ledger is up."
echo "  chain (JSON-RPC, chain id 31337): $CHAIN_URL"
echo "  ledger node:                      $NODE_URL   (open $NODE_URL/health/live)"
echo "  stop with ./down.sh"
