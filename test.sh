#!/usr/bin/env bash
# Runs every test: the contracts' lint, the Solidity tests (Hardhat) and every xunit project of the solution.
# The C# chain fixture uses a container engine when one answers, else a `hardhat node` child process.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source scripts/common.sh

[[ -d node_modules/hardhat ]] || { log "npm ci"; npm ci --no-audit --no-fund; }

mkdir -p .dev
hardhat_log=.dev/test-hardhat.log
dotnet_log=.dev/test-dotnet.log

# Lint first: a contract that fails its own lint rules fails the run, as a failing test would.
log "Solidity lint: npm run lint:sol"
npm run -s lint:sol

log "Solidity tests: npx hardhat test"
npx hardhat test 2>&1 | tee "$hardhat_log"

log "C# tests: dotnet test ProvenanceLedger.sln"
dotnet_status=0
dotnet test ProvenanceLedger.sln --nologo 2>&1 | tee "$dotnet_log" || dotnet_status=$?

# One plain closing line over both runners, so a reader (or CI) sees the whole count at once.
count() { { grep -oE "$1" "$2" || true; } | { grep -oE '[0-9]+' || true; } | awk '{ s += $1 } END { print s + 0 }'; }
passed=$(( $(count '^ *[0-9]+ passing' "$hardhat_log") + $(count 'Passed: +[0-9]+' "$dotnet_log") ))
failed=$(( $(count '^ *[0-9]+ failing' "$hardhat_log") + $(count 'Failed: +[0-9]+' "$dotnet_log") ))
skipped=$(count 'Skipped: +[0-9]+' "$dotnet_log")
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$dotnet_status"
