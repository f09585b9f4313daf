#!/usr/bin/env bash
# Makes sure Debian's chromium is at /usr/bin/chromium for the web chat's browser tests
# (Playwright drives it; no browser is ever downloaded). Idempotent and quiet: it prints one
# line only when it installs something.
set -euo pipefail

readonly CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  exit 0
fi

root_cmd=()
if [ "$(id -u)" -ne 0 ]; then root_cmd=(sudo); fi

echo "ensure-chromium: installing chromium"
"${root_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${root_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: chromium installed but $CHROMIUM is missing" >&2
  exit 1
fi
