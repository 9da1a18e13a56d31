# Ports, folders and versions of the local run. Sourced by the scripts in deploy/local.
# Every value can be overridden from the environment. OW_PROFILE=test shifts every port by
# 10000 and uses its own data folder, so a test run never touches a running demo suite.
OW_ROOT="${OW_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
OW_PROFILE="${OW_PROFILE:-demo}"
if [ "$OW_PROFILE" = test ]; then _off=10000; else _off=0; fi
OW_HOME="${OW_HOME:-$OW_ROOT/.local/$OW_PROFILE}"          # data and logs of this profile
OW_DIST="${OW_DIST:-$OW_ROOT/.local/dist}"                 # unpacked server distributions
OW_PG_PORT="${OW_PG_PORT:-$((15432 + _off))}"
OW_KAFKA_PORT="${OW_KAFKA_PORT:-$((19092 + _off))}"
OW_KAFKA_CONTROLLER_PORT="${OW_KAFKA_CONTROLLER_PORT:-$((19093 + _off))}"
OW_KC_PORT="${OW_KC_PORT:-$((18180 + _off))}"
OW_GATEWAY_PORT="${OW_GATEWAY_PORT:-$((8080 + _off))}"
OW_INTAKE_PORT="${OW_INTAKE_PORT:-$((8081 + _off))}"
OW_ROUTING_PORT="${OW_ROUTING_PORT:-$((8082 + _off))}"
OW_APPROVAL_PORT="${OW_APPROVAL_PORT:-$((8083 + _off))}"
OW_ISSUANCE_PORT="${OW_ISSUANCE_PORT:-$((8084 + _off))}"
OW_EVALUATION_PORT="${OW_EVALUATION_PORT:-$((8085 + _off))}"
OW_MAILBOX_DIR="${OW_MAILBOX_DIR:-$OW_HOME/mailbox}"       # the applicant notices of the local run
# PostgreSQL's files and its socket (servers.sh keeps them there; suite.sh points the services at the socket). The
# server runs as the postgres user, who may not reach a checkout under a private folder (a mktemp -d, a home
# directory): as root they live under /var/tmp instead, in a folder named after this profile's home.
if [ "$(id -u)" = 0 ]; then
  OW_PG_BASE="${OW_PG_BASE:-/var/tmp/onewindow-postgres/$(printf '%s' "$OW_HOME" | md5sum | cut -c1-12)}"
else
  OW_PG_BASE="${OW_PG_BASE:-$OW_HOME/postgres}"
fi
OW_KAFKA_VERSION=4.1.1
OW_KC_VERSION=26.7.5
OW_SERVICES="intake-service routing-service approval-service issuance-service evaluation-service gateway"
OW_DATABASES="intake routing approval issuance evaluation gateway"
OW_KC_ADMIN="${OW_KC_ADMIN:-admin}"                         # Keycloak's admin console (loopback only)
OW_KC_ADMIN_PASSWORD="${OW_KC_ADMIN_PASSWORD:-admin}"
# The Java of the build and the servers: 21 or newer (the code is compiled for Java 21). Debian 12's default is 17, so
# when the Java on the PATH (or JAVA_HOME) is older, take the newest JDK ≥ 21 under /usr/lib/jvm (Temurin 25 on our
# machines). Nothing found: the scripts stop with a message saying so (_ow_java_check).
_ow_java_feature() { # the feature release (17, 21, 25) of the java binary $1, or 0
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -1
}
_ow_java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [ "$(_ow_java_feature "$_ow_java_bin" 2>/dev/null || echo 0)" -lt 21 ] 2>/dev/null || ! command -v "$_ow_java_bin" >/dev/null 2>&1; then
  for _ow_jdk in /usr/lib/jvm/*/bin/java; do
    [ -x "$_ow_jdk" ] || continue
    _ow_f=$(_ow_java_feature "$_ow_jdk"); [ "${_ow_f:-0}" -ge 21 ] 2>/dev/null || continue
    if [ -z "${_ow_best:-}" ] || [ "$_ow_f" -gt "$_ow_best_f" ]; then _ow_best="${_ow_jdk%/bin/java}"; _ow_best_f=$_ow_f; fi
  done
  if [ -n "${_ow_best:-}" ]; then JAVA_HOME="$_ow_best"; PATH="$JAVA_HOME/bin:$PATH"; export JAVA_HOME PATH; fi
fi
_ow_java_check() {
  local f; f=$(_ow_java_feature "${JAVA_HOME:+$JAVA_HOME/bin/}java" 2>/dev/null)
  [ "${f:-0}" -ge 21 ] 2>/dev/null || { echo "OneWindow needs Java 21 or newer (found: ${f:-none}); set JAVA_HOME to one" >&2; return 1; }
}
# 帮办代办: the test run's help desk answers within a few seconds instead of the halls' minute (intake's
# onewindow.help.answer-seconds), so that HelpDeskIT makes a late answer without waiting a minute; the demo keeps the halls'
if [ "$OW_PROFILE" = test ]; then OW_HELP_ANSWER_SECONDS="${OW_HELP_ANSWER_SECONDS:-8}"; export OW_HELP_ANSWER_SECONDS; fi
export OW_ROOT OW_PROFILE OW_HOME OW_DIST OW_MAILBOX_DIR OW_PG_PORT OW_KAFKA_PORT OW_KAFKA_CONTROLLER_PORT OW_KC_PORT \
  OW_GATEWAY_PORT OW_INTAKE_PORT OW_ROUTING_PORT OW_APPROVAL_PORT OW_ISSUANCE_PORT OW_EVALUATION_PORT \
  OW_KC_ADMIN OW_KC_ADMIN_PASSWORD

# Secrets of this profile, generated at its first start with random values (nothing in the repository is a usable
# secret): the client secrets of intake-service and the gateway (Keycloak puts them into the realm when it imports
# it), the HMAC keys of the rating links and of the documents' verification codes (kid:secret; docs/runbook.md,
# "Secrets") and the key of the applicants' pseudonyms (ApplicantRef: one secret, never rotated). Kept in $OW_HOME/secrets.env (mode 600) beside the data they protect: servers.sh reset deletes both,
# and the next start makes new ones. The file wins over the environment: edit it to rotate a key (put the new
# kid:secret first, keep the old one behind it while links or documents signed with it are in use).
OW_SECRETS_FILE="$OW_HOME/secrets.env"
_ow_random() { # 32 random bytes as 64 hex characters
  local r=""
  if command -v openssl >/dev/null 2>&1; then r=$(openssl rand -hex 32 2>/dev/null) || r=""; fi
  [ ${#r} -eq 64 ] || r=$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')
  [ ${#r} -eq 64 ] && echo "$r"
}
if [ ! -s "$OW_SECRETS_FILE" ]; then
  mkdir -p "$OW_HOME"
  if _ow_s1=$(_ow_random) && _ow_s2=$(_ow_random) && _ow_s3=$(_ow_random) && _ow_s4=$(_ow_random) && _ow_s5=$(_ow_random); then
    _ow_kid="k$(date +%Y%m%d)"
    ( umask 077
      { echo "# secrets of the $OW_PROFILE profile, generated by deploy/local/env.sh on $(date '+%F %T'); never commit"
        echo "OW_INTAKE_CLIENT_SECRET=$_ow_s1"
        echo "OW_GATEWAY_CLIENT_SECRET=$_ow_s2"
        echo "OW_RATING_KEYS=$_ow_kid:$_ow_s3"
        echo "OW_DOCUMENT_KEYS=$_ow_kid:$_ow_s4"
        echo "OW_APPLICANT_REF_KEY=$_ow_s5"
      } > "$OW_SECRETS_FILE.$$"
      mv -n "$OW_SECRETS_FILE.$$" "$OW_SECRETS_FILE"; rm -f "$OW_SECRETS_FILE.$$" )  # two first starts at once: one file wins
  else
    echo "deploy/local/env.sh: could not make random secrets (openssl or /dev/urandom needed)" >&2
  fi
  unset _ow_s1 _ow_s2 _ow_s3 _ow_s4 _ow_s5 _ow_kid
fi
# A file written before a key was added gains that key, the others kept as they are (links, documents and realm
# clients depend on them).
if [ -s "$OW_SECRETS_FILE" ] && ! grep -q '^OW_APPLICANT_REF_KEY=' "$OW_SECRETS_FILE"; then
  if _ow_s5=$(_ow_random); then
    ( umask 077; echo "OW_APPLICANT_REF_KEY=$_ow_s5" >> "$OW_SECRETS_FILE" )
  fi
  unset _ow_s5
fi
set -a; . "$OW_SECRETS_FILE"; set +a
export OW_SECRETS_FILE
