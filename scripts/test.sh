#!/usr/bin/env bash
# Runs every test of the solution the way CI does: makes sure a Docker engine, a throwaway
# PostgreSQL cluster and Debian's chromium (for the web chat's browser tests) are there
# (installing Debian's packages when missing), runs `dotnet test`, and stops only what it started. Extra arguments go to `dotnet test` (e.g. --filter ...).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

log_dir="${TMPDIR:-/tmp}/nanoclaw-test.$$"
mkdir -p "$log_dir"

# Only what this run started is stopped: an engine that already answered is left alone.
docker_started=0

cleanup() {
  local status=$?
  "$root/scripts/ensure-postgres.sh" stop || true
  if [ "$docker_started" = 1 ]; then "$root/scripts/ensure-docker.sh" stop || true; fi
  rm -rf "$log_dir"
  exit "$status"
}
trap cleanup EXIT INT TERM

if docker info >/dev/null 2>&1; then
  echo "test: Docker engine already running"
else
  "$root/scripts/ensure-docker.sh" start
  docker_started=1
fi
eval "$("$root/scripts/ensure-postgres.sh" start)"
"$root/scripts/ensure-chromium.sh"

set +e
dotnet test NanoClaw.sln -c Release --nologo "$@" 2>&1 | tee "$log_dir/test.log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole run, summed over the test projects.
awk '
  /^(Passed|Failed)!/ {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") { gsub(",", "", $(i+1)); failed += $(i+1) }
      if ($i == "Passed:") { gsub(",", "", $(i+1)); passed += $(i+1) }
      if ($i == "Skipped:") { gsub(",", "", $(i+1)); skipped += $(i+1) }
    }
  }
  END { printf "tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped }
' "$log_dir/test.log"

exit "$status"
