#!/usr/bin/env bash
# Builds the registry-free base image (Debian bookworm, minbase) with debootstrap, once per machine.
# The mirror comes from this machine's own apt sources, so no mirror is written into the repository.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
  log "base image $BASE_IMAGE exists"
  exit 0
fi

apt_mirror() {
  local file uri
  # deb822 sources first (Debian 12 default), then the one-line format.
  for file in /etc/apt/sources.list.d/*.sources; do
    [[ -f "$file" ]] || continue
    uri=$(awk '/^URIs:/ {u=$2} /^Suites:/ && u != "" && $0 ~ /bookworm( |$)/ {print u; exit}' "$file")
    [[ -n "$uri" ]] && { echo "$uri"; return; }
  done
  for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -f "$file" ]] || continue
    uri=$(awk '$1 == "deb" && $3 == "bookworm" {print $2; exit}' "$file")
    [[ -n "$uri" ]] && { echo "$uri"; return; }
  done
  echo "no bookworm mirror found in /etc/apt sources" >&2
  return 1
}

mirror=$(apt_mirror)
rootfs=$(mktemp -d /tmp/provenance-base.XXXXXX)
trap 'rm -rf "$rootfs"' EXIT
log "debootstrap minbase bookworm from $mirror"
debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >/dev/null
tar -C "$rootfs" -c . | docker import - "$BASE_IMAGE" >/dev/null
log "base image $BASE_IMAGE built"
