# Shared settings for the shell helpers; sourced, not run.
# Debian's docker.io engine speaks API 1.41, while /usr/local/bin/docker may be a newer client.
export DOCKER_API_VERSION=1.41
# No buildx plugin on these machines: use the classic builder.
export DOCKER_BUILDKIT=0
# Ryuk cannot be pulled (no registry); the test fixture disposes its own containers.
export TESTCONTAINERS_RYUK_DISABLED=true
export TESTCONTAINERS_HOST_OVERRIDE=127.0.0.1

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BASE_IMAGE="provenance-ledger/base:bookworm"
CHAIN_IMAGE_REPOSITORY="provenance-ledger/chain"

log() { printf '==> %s\n' "$*" >&2; }
