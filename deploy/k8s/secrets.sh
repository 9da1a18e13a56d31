#!/usr/bin/env bash
# Creates the Secrets deploy/k8s needs, with random values, in the cluster — before the first
# `kubectl apply -k deploy/k8s`. Nothing of them is in the repository and `kubectl kustomize deploy/k8s` renders
# no Secret, so applying the manifests again never overwrites them.
#
# Run once per cluster, and again after an upgrade: a Secret that already exists keeps its values (the running
# database roles, Keycloak clients and signed rating links depend on them), gains the keys it lacks, and is refused
# if it holds a value the repository once published (rotating one is a step of its own: docs/runbook.md,
# "Secrets"). Values go to kubectl through a file descriptor or a patch file, never on a command line.
#   usage: deploy/k8s/secrets.sh [namespace=onewindow]      needs kubectl (with access to the cluster) and openssl
#   or, to see what it would create:  deploy/k8s/secrets.sh --list
#
# The table below is the one list of the Secrets and keys the manifests use; K8sManifestsTest (deploy/src/test)
# checks every secretKeyRef and every database role of deploy/k8s against it. A value is generated unless the key
# is given as key=value (a user name); keys ending in -keys get "<key id>:<secret>" (the HMAC key lists of
# RatingTokens and DocumentCodes: the first signs, every listed one verifies).
set -euo pipefail
SECRETS='
# name                     type                      keys
onewindow-pg-intake        kubernetes.io/basic-auth  username=ow_intake password
onewindow-pg-routing       kubernetes.io/basic-auth  username=ow_routing password
onewindow-pg-approval      kubernetes.io/basic-auth  username=ow_approval password
onewindow-pg-issuance      kubernetes.io/basic-auth  username=ow_issuance password
onewindow-pg-evaluation    kubernetes.io/basic-auth  username=ow_evaluation password
onewindow-pg-gateway       kubernetes.io/basic-auth  username=ow_gateway password
onewindow-pg-keycloak      kubernetes.io/basic-auth  username=keycloak password
onewindow-secrets          Opaque                    intake-client-secret gateway-client-secret rating-keys document-keys applicant-ref-key keycloak-admin-password
'
NS="${1:-onewindow}"

if [ "$NS" = --list ]; then
  grep -v '^#' <<< "$SECRETS" | grep -v '^$'
  exit 0
fi

random() { openssl rand -hex 32; }
env_file() { # the keys of one Secret as an env file on stdout
  local k
  for k in "$@"; do
    case "$k" in
      *=*) echo "$k" ;;
      *-keys) echo "$k=k$(date +%Y%m%d):$(random)" ;;
      *) echo "$k=$(random)" ;;
    esac
  done
}

# Values the repository once published (the demo realm's client secrets, the old default HMAC secrets, Keycloak's
# demo admin): a cluster set up before #20 may still hold them. Anyone who read the repository knows them.
PUBLISHED='intake-service-secret gateway-secret admin onewindow local-demo-rating-secret-change-me local-demo-document-secret-change-me'
# A Secret that already exists (a cluster set up with an earlier version): keys it lacks are added with new random
# values; a key holding a published value is refused with what to do, since rotating it is more than a new value
# (the Keycloak client, the database role, the links signed with it must follow: docs/runbook.md, "Secrets").
upgrade_existing() {
  local name=$1; shift
  local have missing=() k key value
  have=$(kubectl -n "$NS" get secret "$name" -o go-template='{{range $k, $v := .data}}{{$k}}={{$v | base64decode}}{{"\n"}}{{end}}')
  for k in "$@"; do
    key=${k%%=*}
    value=$(sed -n "s/^$key=//p" <<< "$have" | head -1)
    if [ -z "$value" ]; then missing+=("$k"); continue; fi
    for p in $PUBLISHED; do
      case "$value" in "$p"|*:"$p"|*change-me*)
        echo "secret/$name key $key holds a value published in the repository: rotate it (docs/runbook.md, \"Secrets\")" >&2
        exit 1 ;;
      esac
    done
  done
  if [ ${#missing[@]} -eq 0 ]; then echo "secret/$name exists and is complete: left as it is"; return; fi
  local patch="" line
  while IFS='=' read -r k value; do
    patch+="\"$k\":\"$(printf '%s' "$value" | base64 -w0)\","
  done < <(env_file "${missing[@]}")
  kubectl -n "$NS" patch secret "$name" --type=merge --patch-file=<(printf '{"data":{%s}}' "${patch%,}") >/dev/null
  echo "secret/$name exists: added ${missing[*]%%=*}"
}

command -v kubectl >/dev/null || { echo "kubectl is needed" >&2; exit 1; }
command -v openssl >/dev/null || { echo "openssl is needed" >&2; exit 1; }
kubectl get namespace "$NS" >/dev/null 2>&1 || kubectl create namespace "$NS"
while read -r name type keys; do
  case "$name" in ''|'#'*) continue ;; esac
  if kubectl -n "$NS" get secret "$name" >/dev/null 2>&1; then
    upgrade_existing "$name" $keys
    continue
  fi
  # shellcheck disable=SC2086  # keys are single words
  kubectl -n "$NS" create secret generic "$name" --type="$type" --from-env-file=<(env_file $keys)
done <<< "$SECRETS"
echo "Secrets ready in namespace $NS. Next: kubectl apply -k deploy/k8s, then grant intake-service its Keycloak"
echo "permission (docs/runbook.md, \"Secrets and Keycloak on Kubernetes\")."
