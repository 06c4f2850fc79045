#!/usr/bin/env bash
# Runs every test: the Solidity tests (Hardhat) and every xunit project of the solution.
# The C# chain fixture uses a container engine when one answers, else a `hardhat node` child process.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source scripts/common.sh

[[ -d node_modules/hardhat ]] || { log "npm ci"; npm ci --no-audit --no-fund; }

log "Solidity tests: npx hardhat test"
npx hardhat test

log "C# tests: dotnet test ProvenanceLedger.sln"
dotnet test ProvenanceLedger.sln --nologo
