#!/usr/bin/env bash
# Runs every test against real servers: starts a fresh PostgreSQL, Kafka and Keycloak of the
# "test" profile (ports shifted by 10000, data under .local/test, so a running demo suite is not
# touched), runs ./mvnw verify (unit, component and end-to-end tests; the end-to-end tests start
# the services themselves), then stops everything it started. Extra arguments go to Maven.
set -uo pipefail
export OW_PROFILE=test
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/env.sh"
cleanup() { "$HERE/suite.sh" stop >/dev/null 2>&1 || true; }
trap cleanup EXIT
"$HERE/suite.sh" stop >/dev/null 2>&1 || true
"$HERE/servers.sh" reset >/dev/null
"$HERE/servers.sh" start || exit 1
cd "$OW_ROOT" && ./mvnw -B verify "$@"
