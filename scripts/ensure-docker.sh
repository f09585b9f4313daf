#!/usr/bin/env bash
# Makes sure a Docker engine answers on this machine, for CI and the README's test command.
#
#   scripts/ensure-docker.sh [start]   start dockerd if `docker info` fails (installs docker.io when
#                                      missing); prints whether it started one
#   scripts/ensure-docker.sh stop      stop the daemon this script started, and only that one
#
# The daemon runs without a bridge or iptables rules: every NanoClaw container uses network none.
# Environment: NANOCLAW_DOCKERD_STATE (default /tmp/nanoclaw-dockerd) holds the pid and log files;
# NANOCLAW_DOCKERD_WAIT_SECONDS (default 60) bounds the wait for the engine to answer.
set -euo pipefail

state_dir="${NANOCLAW_DOCKERD_STATE:-/tmp/nanoclaw-dockerd}"
pid_file="$state_dir/dockerd.pid"
log_file="$state_dir/dockerd.log"
wait_seconds="${NANOCLAW_DOCKERD_WAIT_SECONDS:-60}"

# Commands that need root go through sudo unless we are root already.
root_cmd=()
if [ "$(id -u)" -ne 0 ]; then root_cmd=(sudo); fi

as_root() {
  "${root_cmd[@]}" "$@"
}

engine_answers() {
  docker info >/dev/null 2>&1
}

install_docker() {
  echo "ensure-docker: installing docker.io"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io >/dev/null
}

start() {
  if engine_answers; then
    echo "ensure-docker: engine already running (not started by this script)"
    return 0
  fi
  if ! command -v dockerd >/dev/null 2>&1 || ! command -v docker >/dev/null 2>&1; then
    install_docker
  fi
  mkdir -p "$state_dir"
  echo "ensure-docker: starting dockerd (log: $log_file)"
  # setsid detaches the daemon from this shell so it outlives the script; it is started directly
  # (not through a shell function) so that $! is the daemon's own pid.
  "${root_cmd[@]}" setsid dockerd --bridge=none --iptables=false --ip-masq=false >"$log_file" 2>&1 </dev/null &
  echo $! >"$pid_file"
  local waited=0
  until engine_answers; do
    if ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then
      echo "ensure-docker: dockerd exited; last log lines:" >&2
      tail -n 20 "$log_file" >&2 || true
      rm -f "$pid_file"
      return 1
    fi
    if [ "$waited" -ge "$wait_seconds" ]; then
      echo "ensure-docker: engine did not answer within ${wait_seconds}s; see $log_file" >&2
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  echo "ensure-docker: started dockerd (pid $(cat "$pid_file")) in ${waited}s"
}

stop() {
  if [ ! -f "$pid_file" ]; then
    echo "ensure-docker: no daemon started by this script; nothing to stop"
    return 0
  fi
  local pid
  pid="$(cat "$pid_file")"
  # The pid must still be a dockerd: after a reboot or a crash the number may belong to another process.
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q '^dockerd '; then
    echo "ensure-docker: stopping dockerd (pid $pid)"
    as_root kill -TERM "$pid"
    local waited=0
    while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 30 ]; do
      sleep 1
      waited=$((waited + 1))
    done
  else
    echo "ensure-docker: dockerd (pid $pid) is no longer running; nothing to stop"
  fi
  rm -f "$pid_file"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *)
    echo "usage: $0 [start|stop]" >&2
    exit 2
    ;;
esac
