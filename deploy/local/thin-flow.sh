#!/usr/bin/env bash
# The thin flow by hand, with curl, against a running suite (suite.sh start): a window clerk takes
# a file in, the AMR department approves it, the issuance clerk hands it out, the applicant rates it.
# Each step prints the call's answer. Needs curl and python3 (for reading JSON).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
_ow_java_check || exit 1
KC="http://127.0.0.1:$OW_KC_PORT/realms/onewindow/protocol/openid-connect/token"
GW="${GW:-http://127.0.0.1:$OW_GATEWAY_PORT}"   # every call goes through the gateway
token() { curl -sf -d grant_type=password -d client_id=onewindow-cli -d username="$1" -d password=onewindow "$KC" | jq_ access_token; }
jq_() { python3 -c "import sys,json; d=json.load(sys.stdin); print(d$(printf '["%s"]' "$@"))"; }
say() { printf '\n== %s\n' "$*"; }
retry() { for _ in $(seq 1 60); do if out=$("$@" 2>/dev/null); then echo "$out"; return 0; fi; sleep 0.5; done; return 1; }

say "1. clerk1 (window clerk) takes in 企业设立登记 AMR-0001 at the window, every review point (审查要点) checked and confirmed"
CLERK=$(token clerk1)
curl -sf -X POST "$GW/api/intake/cases" -H "Authorization: Bearer $CLERK" -H 'Content-Type: application/json' \
  -d '{"itemCode":"AMR-0001","applicant":{"kind":"ORGANISATION","name":"廊坊临空示范科技有限公司","idNumber":"91350100M000100Y43"},
       "materials":[{"code":"APP","status":"PROVIDED"},{"code":"AOA","status":"PROVIDED"},{"code":"LR-ID","status":"ORIGINAL_VERIFIED"},
                    {"code":"ADDR","status":"PROVIDED"},{"code":"POA","status":"NOT_APPLICABLE"}],
       "reviewPoints":[{"itemCode":"AMR-0001","point":"名称须经自主申报通过","outcome":"CONFIRMED"},
                       {"itemCode":"AMR-0001","point":"章程须全体股东签署","outcome":"CONFIRMED"},
                       {"itemCode":"AMR-0001","point":"住所证明可容缺后补","outcome":"CONFIRMED"}],
       "deliveryMethod":"PICKUP"}' | tee /tmp/ow-case.json
CASE=$(jq_ intakeCase caseId < /tmp/ow-case.json)

say "2. routing assigns it; reviewer.amr sees it in the AMR queue"
REVIEWER=$(token reviewer.amr)
retry curl -sf "$GW/api/approval/department/cases/$CASE" -H "Authorization: Bearer $REVIEWER"

say "3. reviewer.amr approves it"
curl -sf -X POST "$GW/api/approval/department/cases/$CASE/decision" -H "Authorization: Bearer $REVIEWER" \
  -H 'Content-Type: application/json' -d '{"outcome":"APPROVED","resultKind":"LICENCE","resultTitle":"营业执照"}'

say "4. the licence reaches the unified issuance window (AMR hands it over; the applicant's notice is queued)"
ISSUER=$(token issuer1)
retry curl -sf "$GW/api/issuance/issuance/$CASE" -H "Authorization: Bearer $ISSUER" >/dev/null
curl -sf -X POST "$GW/api/issuance/issuance/$CASE/arrival" -H "Authorization: Bearer $REVIEWER"
echo; echo "   its electronic certificate, verifiable by anyone without login:"
curl -sf "$GW/api/issuance/issuance/$CASE/certificate" -H "Authorization: Bearer $ISSUER" | tee /tmp/ow-cert.json
echo; curl -sf -X POST "$GW/api/issuance/public/certificates/verification" -H 'Content-Type: application/json' \
  -d "$(python3 -c 'import json,sys; c=json.load(open("/tmp/ow-cert.json")); print(json.dumps({"payload":c["payload"],"signature":c["signature"]}))')"

say "4b. issuer1 (issuance clerk) hands the licence out: identity checked, signature captured"
curl -sf -X POST "$GW/api/issuance/issuance/$CASE/pickup" -H "Authorization: Bearer $ISSUER" -H 'Content-Type: application/json' \
  -d '{"receivedBy":"王小明（法定代表人）","identityChecked":true,"signature":"data:image/png;base64,iVBORw0KGgo="}'

say "5. the applicant rates the back office with the token from the rating link in their notice (no login; no staff API hands tokens out)"
# the local run's SMS gateway is a mailbox folder: one file per applicant
TOK=$(retry bash -c "grep -ho 'back=[A-Za-z0-9._-]*' '$OW_MAILBOX_DIR/applicant-$CASE.txt' | head -1 | cut -d= -f2 | grep .")
curl -sf -X POST "$GW/api/evaluation/ratings" -H 'Content-Type: application/json' \
  -d "{\"caseId\":\"$CASE\",\"stage\":\"BACK_OFFICE\",\"level\":5,\"token\":\"$TOK\"}"

say "6. the case's timeline at the gateway"
retry bash -c "curl -sf '$GW/api/timeline/$CASE' -H 'Authorization: Bearer $(token supervisor1)' | grep -q rating-recorded" >/dev/null
curl -sf "$GW/api/timeline/$CASE" -H "Authorization: Bearer $(token supervisor1)"
echo
