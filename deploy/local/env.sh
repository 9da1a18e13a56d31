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
OW_KAFKA_VERSION=4.1.1
OW_KC_VERSION=26.4.7
OW_SERVICES="intake-service routing-service approval-service issuance-service evaluation-service gateway"
OW_DATABASES="intake routing approval issuance evaluation gateway"
export OW_ROOT OW_PROFILE OW_HOME OW_DIST OW_MAILBOX_DIR OW_PG_PORT OW_KAFKA_PORT OW_KAFKA_CONTROLLER_PORT OW_KC_PORT \
  OW_GATEWAY_PORT OW_INTAKE_PORT OW_ROUTING_PORT OW_APPROVAL_PORT OW_ISSUANCE_PORT OW_EVALUATION_PORT
