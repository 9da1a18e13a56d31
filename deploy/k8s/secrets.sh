#!/usr/bin/env bash
# Creates the Secrets deploy/k8s needs, with random values, in the cluster — before the first
# `kubectl apply -k deploy/k8s`. Nothing of them is in the repository and `kubectl kustomize deploy/k8s` renders
# no Secret, so applying the manifests again never overwrites them.
#
# Run once per cluster: a Secret that already exists is left as it is (its values are what the running database
# roles, Keycloak clients and signed rating links depend on; rotating one is a step of its own: docs/runbook.md,
# "Secrets"). Values go to kubectl through a file descriptor, never on a command line.
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
onewindow-secrets          Opaque                    intake-client-secret gateway-client-secret rating-keys document-keys keycloak-admin-password
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

command -v kubectl >/dev/null || { echo "kubectl is needed" >&2; exit 1; }
command -v openssl >/dev/null || { echo "openssl is needed" >&2; exit 1; }
kubectl get namespace "$NS" >/dev/null 2>&1 || kubectl create namespace "$NS"
while read -r name type keys; do
  case "$name" in ''|'#'*) continue ;; esac
  if kubectl -n "$NS" get secret "$name" >/dev/null 2>&1; then
    echo "secret/$name exists: left as it is"
    continue
  fi
  # shellcheck disable=SC2086  # keys are single words
  kubectl -n "$NS" create secret generic "$name" --type="$type" --from-env-file=<(env_file $keys)
done <<< "$SECRETS"
echo "Secrets ready in namespace $NS. Next: kubectl apply -k deploy/k8s, then grant intake-service its Keycloak"
echo "permission (docs/runbook.md, \"Secrets and Keycloak on Kubernetes\")."
