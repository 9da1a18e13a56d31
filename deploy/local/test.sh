#!/usr/bin/env bash
# Runs every test against real servers: starts a fresh PostgreSQL, Kafka and Keycloak of the
# "test" profile (ports shifted by 10000, data under .local/test, so a running demo suite is not
# touched), runs ./mvnw verify (unit, component and end-to-end tests; the end-to-end tests start
# the services themselves), then stops everything it started. Extra arguments go to Maven.
set -uo pipefail
export OW_PROFILE=test
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/env.sh"
_ow_java_check || exit 1
cleanup() { "$HERE/suite.sh" stop >/dev/null 2>&1 || true; }
trap cleanup EXIT
"$HERE/suite.sh" stop >/dev/null 2>&1 || true
# the browser test drives Debian's Chromium (no browser download from anywhere else)
if ! command -v chromium >/dev/null && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "[test] installing Debian's chromium for the browser test"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; } \
    || { echo "apt-get install chromium failed" >&2; exit 1; }
fi
"$HERE/servers.sh" reset >/dev/null
"$HERE/servers.sh" start || exit 1
# reset deleted this profile's secrets and start generated new ones (Keycloak imported those): read them again,
# so the tests and the services they start use the same
source "$HERE/env.sh"
cd "$OW_ROOT" && ./mvnw -B verify "$@" || exit $?
# the published API (docs/openapi, docs/departments.md): the build above stored every service's document there; it must
# be what is committed (or staged), so no API changes unseen, and pass redocly lint with no error (redocly.yaml)
git -C "$OW_ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1 \
  || { echo "[test] $OW_ROOT is not a git checkout: the published API cannot be compared with what is committed" >&2; exit 1; }
git diff --exit-code --stat -- docs/openapi && [ -z "$(git ls-files --others --exclude-standard docs/openapi)" ] \
  || { echo "[test] the build changed docs/openapi: review the API change and commit it (git add docs/openapi)" >&2; exit 1; }
(cd docs/openapi && npm ci --no-audit --no-fund --loglevel=error \
  && REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true npx redocly lint --format=summary) || exit 1
# the -Pcontainers build (these tests on PostgreSQL, Kafka and Keycloak in containers, where Docker is) must still
# compile and resolve; its tests need Docker, so here they are not run
./mvnw -B -q -Pcontainers -DskipTests verify
