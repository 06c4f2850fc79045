#!/usr/bin/env bash
# Side-by-side benchmark: OpenAttestation vs Provenance Ledger on the same seeded certificates of origin,
# the same Hardhat node and the same machine, in one run. Prints one table (figure, theirs, ours, ratio).
#
#   bench/peer/run.sh            full run: N = 1,000 / 10,000 / 100,000, batches up to 10,000 (< 10 min)
#   bench/peer/run.sh --smoke    N = 50 everywhere; the integration test runs this so the script cannot rot
#   --issue-only                 only the issue/wrap rows (with --smoke: N = 50; else N = 1,000 / 10,000 / 100,000)
#   --out DIR                    where documents, results and table.md go (default bench/peer/.work/results)
#
# Each issue size is measured 3 times in a row on each side (2 with --smoke), and so is our API's verify
# throughput (their full verify takes 70–90 s per 10,000 documents, so it runs once); the table gives the median
# round and the range of all rounds, and our API's first round on its own row. Our issue sizes run once more in a
# host with dynamic PGO off (DOTNET_TieredPGO=0), as the provenance CLI runs the SDK: one more row per size.
#
# Needs node, npm and dotnet. OpenAttestation's packages (versions pinned in bench/peer/oa/package-lock.json)
# are installed into bench/peer/.work, never into the repository's node_modules. Every process this script
# starts binds 127.0.0.1 and is stopped by its PID on exit.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
peer="$repo/bench/peer"
work="$peer/.work"
mode=full
issue_only=()
out="$work/results"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --smoke) mode=smoke; shift ;;
    --issue-only) issue_only=(--issue-only); shift ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "run.sh: unknown argument '$1' (use --smoke, --issue-only, --out DIR)" >&2; exit 2 ;;
  esac
done

log() { printf '[run.sh] %s\n' "$*" >&2; }

if [[ "$mode" == smoke ]]; then
  document_count=50; wrap_sizes=50; anchor_sizes=1,50
  verify_samples=20; verify_warm_up=5; throughput_documents=20; disclose_samples=5; end_to_end=50; rounds=2
else
  document_count=100000; wrap_sizes=1000,10000,100000; anchor_sizes=1,10,100,1000,10000
  verify_samples=300; verify_warm_up=300; throughput_documents=10000; disclose_samples=100; end_to_end=10000; rounds=3
fi
mkdir -p "$out"

# Hardhat's published development accounts: #0 runs the peer's DocumentStore, #1 governs our
# registry, #2 is our issuer, #3 the node's relayer. Public test keys, funded only on this local node.
peer_key=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
governance_key=0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d
issuer_key=0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a
relayer_key=0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6

# 1. Installs: the repository's npm side (Hardhat), the peer's scratch folder, our bench console.
if [[ ! -f "$repo/node_modules/hardhat/internal/cli/cli.js" ]]; then
  log "installing the repository's npm packages (npm ci)"
  (cd "$repo" && npm ci --no-audit --no-fund >&2)
fi
lock_stamp="$(sha256sum "$peer/oa/package-lock.json" | cut -d' ' -f1)"
if [[ "$(cat "$work/.installed-lock" 2>/dev/null || true)" != "$lock_stamp" ]]; then
  log "installing OpenAttestation's packages into $work"
  mkdir -p "$work"
  cp "$peer/oa/package.json" "$peer/oa/package-lock.json" "$work/"
  (cd "$work" && npm ci --no-audit --no-fund >&2)
  echo "$lock_stamp" > "$work/.installed-lock"
fi
log "building bench/ProvenanceLedger.Bench and ledger-node (Release)"
dotnet build "$repo/bench/ProvenanceLedger.Bench" -c Release --nologo -v quiet >&2
dotnet build "$repo/ledger-node" -c Release --nologo -v quiet >&2
bench_dll="$repo/bench/ProvenanceLedger.Bench/bin/Release/net10.0/ProvenanceLedger.Bench.dll"
node_dll="$repo/ledger-node/bin/Release/net10.0/ProvenanceLedger.Node.dll"

# 2. One Hardhat node for both sides, on a free loopback port, stopped by PID on exit.
port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
rpc="http://127.0.0.1:$port"
node "$repo/node_modules/hardhat/internal/cli/cli.js" --config "$peer/hardhat.config.js" \
  node --hostname 127.0.0.1 --port "$port" > "$out/hardhat.log" 2>&1 &
chain_pid=$!
trap 'kill "$chain_pid" 2>/dev/null || true' EXIT
trap 'exit 130' INT TERM   # exit, so the EXIT trap stops the node
for _ in $(seq 1 120); do
  if curl -sf -X POST -H 'content-type: application/json' \
       --data '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}' "$rpc" > /dev/null; then break; fi
  kill -0 "$chain_pid" 2>/dev/null || { log "hardhat node exited; see $out/hardhat.log"; exit 1; }
  sleep 0.5
done
log "hardhat node on $rpc (pid $chain_pid)"

# 3. The same seeded certificates of origin for both sides.
dotnet "$bench_dll" generate --count "$document_count" --seed 1337 --issuer-key "$issuer_key" --out "$out/documents.jsonl"

# 4. Theirs, then ours, on the same node (never at the same time: they would share the CPU).
node --expose-gc "$peer/oa/main.js" --work "$work" --rpc "$rpc" --chain-id 1337 --chain-pid "$chain_pid" --key "$peer_key" \
  --documents "$out/documents.jsonl" --out "$out/openattestation.json" \
  --wrap-sizes "$wrap_sizes" --rounds "$rounds" --anchor-sizes "$anchor_sizes" \
  --verify-samples "$verify_samples" --verify-warm-up "$verify_warm_up" \
  --throughput-documents "$throughput_documents" --disclose-samples "$disclose_samples" "${issue_only[@]}"

dotnet "$bench_dll" compare --rpc "$rpc" --chain-pid "$chain_pid" --documents "$out/documents.jsonl" --out "$out/provenance-ledger.json" \
  --governance-key "$governance_key" --issuer-key "$issuer_key" --relayer-key "$relayer_key" \
  --issue-sizes "$wrap_sizes" --rounds "$rounds" --anchor-sizes "$anchor_sizes" \
  --verify-samples "$verify_samples" --verify-warm-up "$verify_warm_up" \
  --throughput-documents "$throughput_documents" --disclose-samples "$disclose_samples" \
  --node-dll "$node_dll" --end-to-end "$end_to_end" "${issue_only[@]}"

# 5. Our issue once more in a host with dynamic PGO off, the setting the provenance CLI and the ledger node ship
#    with: a row of its own beside the default host's, which stays the headline (bench/README.md says why).
DOTNET_TieredPGO=0 dotnet "$bench_dll" compare --rpc "$rpc" --chain-pid "$chain_pid" --documents "$out/documents.jsonl" \
  --out "$out/provenance-ledger-pgo-off.json" \
  --governance-key "$governance_key" --issuer-key "$issuer_key" --relayer-key "$relayer_key" \
  --issue-sizes "$wrap_sizes" --rounds "$rounds" --node-dll "$node_dll" --issue-only

# 6. One table.
node "$peer/table.js" "$out/openattestation.json" "$out/provenance-ledger.json" "$out/provenance-ledger-pgo-off.json" | tee "$out/table.md"
