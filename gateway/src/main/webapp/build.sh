#!/usr/bin/env bash
# The web app inside the Maven build, with the system's Node and npm (nothing downloaded but npm
# packages from the registry): install when package-lock.json changed, then build or test.
#   build.sh build   → vite build into target/classes/META-INF/resources (served by the gateway)
#   build.sh test    → vitest (component tests of the front end)
set -euo pipefail
cd "$(dirname "$0")"
command -v npm >/dev/null || { echo "npm is missing: install Node.js 20 (Debian: apt-get install nodejs npm)" >&2; exit 1; }
# `npm install --no-save` rather than `npm ci`: the registry here serves only this platform's builds of
# rollup/esbuild, so the lock lists no others and `npm ci` would call it out of sync; the versions
# installed are still the lock's, and the lock is never rewritten.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-save --no-audit --no-fund --loglevel=error
fi
case "${1:-build}" in
  build) npx vite build --logLevel warn ;;
  test) npx vitest run ;;
  *) echo "usage: build.sh build|test" >&2; exit 2 ;;
esac
