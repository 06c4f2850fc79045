#!/usr/bin/env bash
# Builds the Hardhat chain image FROM the local base image: the host's node binary, package.json,
# hardhat.config.js and node_modules. The tag is a hash of package-lock.json + hardhat.config.js + this
# script, so a changed npm side or recipe gets a new image. `chain-image.sh --tag` only prints the tag.
# HardhatChainFixture (tests/ProvenanceLedger.Testing/ChainImage.cs) computes the same tag.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

tag="$CHAIN_IMAGE_REPOSITORY:$(cat "$REPO_ROOT/package-lock.json" "$REPO_ROOT/hardhat.config.js" "$REPO_ROOT/scripts/chain-image.sh" | sha256sum | cut -c1-16)"
if [[ "${1:-}" == "--tag" ]]; then
  echo "$tag"
  exit 0
fi

# Test projects run in parallel and each fixture may ask for the image: one build at a time.
mkdir -p "$REPO_ROOT/.dev"
exec 9>"$REPO_ROOT/.dev/chain-image.lock"
flock 9

if docker image inspect "$tag" >/dev/null 2>&1; then
  log "chain image $tag exists"
  echo "$tag"
  exit 0
fi

"$REPO_ROOT/scripts/base-image.sh"
[[ -d "$REPO_ROOT/node_modules/hardhat" ]] || { log "npm ci"; (cd "$REPO_ROOT" && npm ci --no-audit --no-fund); }

node_binary=$(command -v node)
# The base image must already provide every library node links against (libstdc++, libgcc_s come with apt).
for library in $(ldd "$node_binary" | awk '/=>/ {print $1}'); do
  docker run --rm "$BASE_IMAGE" sh -c "ldconfig -p | grep -q '$library'" \
    || { log "base image lacks $library needed by $node_binary"; exit 1; }
done

context="$REPO_ROOT/.dev/chain-image-context"
rm -rf "$context"
mkdir -p "$context"
trap 'rm -rf "$context"' EXIT
cp "$node_binary" "$context/node"
cp "$REPO_ROOT/package.json" "$REPO_ROOT/package-lock.json" "$REPO_ROOT/hardhat.config.js" "$context/"
# Hard links keep the copy of node_modules instant; fall back to a real copy across file systems.
cp -al "$REPO_ROOT/node_modules" "$context/node_modules" 2>/dev/null || cp -a "$REPO_ROOT/node_modules" "$context/node_modules"
cat > "$context/Dockerfile" <<DOCKERFILE
FROM $BASE_IMAGE
COPY node /usr/local/bin/node
WORKDIR /chain
COPY package.json package-lock.json hardhat.config.js ./
COPY node_modules ./node_modules
EXPOSE 8545
# The node keeps no state worth a graceful stop, and as PID 1 it would ignore SIGTERM for the full timeout.
STOPSIGNAL SIGKILL
CMD ["node", "node_modules/hardhat/internal/cli/cli.js", "node", "--hostname", "0.0.0.0", "--port", "8545"]
DOCKERFILE
log "building chain image $tag"
docker build --quiet --label "provenance-ledger.role=chain-image" -t "$tag" "$context" >/dev/null
echo "$tag"
