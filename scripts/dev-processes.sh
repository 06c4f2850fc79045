# Background processes of the local stack, one PID file each under .dev/; sourced by up.sh and down.sh.
# Each runs in its own session (setsid), so its PID is also its process group and stopping it by PID
# also stops what it started (dotnet run's child, for example).

DEV_DIR="$REPO_ROOT/.dev"

is_running() { # name
  local pid_file="$DEV_DIR/$1.pid"
  [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null
}

start_background() { # name command...
  local name=$1; shift
  mkdir -p "$DEV_DIR"
  setsid "$@" >"$DEV_DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$DEV_DIR/$name.pid"
}

stop_background() { # name
  local name=$1 pid_file="$DEV_DIR/$1.pid" pid
  [[ -f "$pid_file" ]] || return 0
  pid=$(cat "$pid_file")
  if kill -0 "$pid" 2>/dev/null; then
    kill -- "-$pid" 2>/dev/null || kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"; fi
    log "stopped $name (pid $pid)"
  fi
  rm -f "$pid_file"
}

wait_until() { # name seconds command...
  local name=$1 seconds=$2; shift 2
  for _ in $(seq 1 $((seconds * 4))); do
    "$@" >/dev/null 2>&1 && return 0
    is_running "$name" || { tail -n 30 "$DEV_DIR/$name.log" >&2; log "$name exited; log: .dev/$name.log"; return 1; }
    sleep 0.25
  done
  log "$name did not answer within $seconds s; log: .dev/$name.log"
  return 1
}
