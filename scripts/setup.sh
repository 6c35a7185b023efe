#!/usr/bin/env bash
# Installs what Duiding's build, demo and tests need: Debian's Chromium (when /usr/bin/chromium is missing) and
# the npm packages (when node_modules is missing or older than the lock file; always with --ci).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's Chromium (needs root and apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi

if [ "${1:-}" = "--ci" ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
