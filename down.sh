#!/usr/bin/env bash
# Stops what ./up.sh started, by the PIDs it recorded under .dev/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source scripts/common.sh
source scripts/dev-processes.sh

stop_background node
stop_background chain
log "local stack stopped"
