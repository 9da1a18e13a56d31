#!/usr/bin/env python3
"""Gives intake-service's Keycloak service account exactly what it needs, and nothing more.

intake-service (KeycloakDelegationSync) writes one thing in Keycloak: the `delegations` attribute of the hall's
window group (window-<hall>), whose members' tokens then carry the delegations in force. It finds the group by
name (GET /groups?search=…&exact=true) and replaces its attributes (PUT /groups/{id}). Until issue #20 its service
account held realm-management's manage-users, which also creates users and gives them any post (hall-admin
included). Now it holds:

  * realm-management's query-groups (reach the group list; it returns only the groups it may view), and
  * the group's own fine-grained admin permissions ("Permissions" tab of the group; Keycloak's admin
    fine-grained authorization, feature admin-fine-grained-authz:v1, which the local run and the Kubernetes
    Keycloak start with): view and manage of window-<hall> — its name and attributes — granted to the
    onewindow-intake client by a client policy. Not its members, not users, not roles.

Why v1: the newer "admin permissions" (FGAP v2, the default since Keycloak 26.2) evaluated this very permission
as PERMIT and still answered intake 403 for the group (seen on 26.4.7, 2026-11-30: "access": view false, manage
false); v1's group permissions give exactly view + manage and were shown to work (PUT of the group 204, listing
users 403, creating a user 403). The permission cannot come with the realm file either (a realm import does not
carry the group's permission wiring dependably), so this script sets it through the admin REST API once
Keycloak is up, as the admin console would:

  1. turns on the group's permissions (PUT /groups/{id}/management/permissions; Keycloak makes one scope
     permission per scope in realm-management's authorization settings),
  2. a client policy naming onewindow-intake,
  3. that policy on the group's "view" and "manage" permissions (and on no other),
  4. leaves the service account with query-groups as its only realm-management role (an older local realm
     gave it manage-users and view-users: they are taken away),
  5. with --sync-client-secrets: sets the secrets of onewindow-intake and onewindow-gateway to
     $OW_INTAKE_CLIENT_SECRET / $OW_GATEWAY_CLIENT_SECRET when they differ (a realm imported before the local
     run generated its secrets),
  6. checks, logged in as intake, that it may change the group, and may not list users, create a user or give
     the group a role.

Idempotent: run it again and it changes nothing. Standard library only (python3). The admin password is read
from $OW_KC_ADMIN_PASSWORD (or asked for), never from the command line.

  the local run (deploy/local/servers.sh runs it after every Keycloak start):
      OW_KC_ADMIN_PASSWORD=admin python3 deploy/keycloak/intake-access.py --url http://127.0.0.1:18180
  Kubernetes (docs/runbook.md, "Secrets and Keycloak on Kubernetes"):
      kubectl -n onewindow port-forward svc/keycloak 18080:8080 &
      OW_KC_ADMIN_PASSWORD="$(kubectl -n onewindow get secret onewindow-secrets \\
          -o jsonpath='{.data.keycloak-admin-password}' | base64 -d)" \\
        python3 deploy/keycloak/intake-access.py --url http://127.0.0.1:18080
"""
import argparse
import getpass
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

POLICY = "onewindow-intake client (KeycloakDelegationSync)"
SCOPES = ("view", "manage")
KEEP_ROLE = "query-groups"


class KeycloakError(Exception):
    pass


class Keycloak:
    def __init__(self, url, realm):
        self.url = url.rstrip("/")
        self.realm = realm
        self.token = None

    def login(self, realm, form):
        body = urllib.parse.urlencode(form).encode()
        req = urllib.request.Request(f"{self.url}/realms/{realm}/protocol/openid-connect/token", data=body,
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return json.load(r)["access_token"]
        except urllib.error.HTTPError as e:
            raise KeycloakError(f"no token from realm {realm} for {form.get('client_id')}: {e.code} {e.read().decode(errors='replace')}")

    def call(self, method, path, body=None, token=None, expect=(200, 201, 204)):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(f"{self.url}/admin/realms/{self.realm}{path}", data=data, method=method,
                                     headers={"Authorization": f"Bearer {token or self.token}",
                                              "Content-Type": "application/json", "Accept": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                raw = r.read()
                status = r.status
        except urllib.error.HTTPError as e:
            raw = e.read()
            status = e.code
        if status not in expect:
            raise KeycloakError(f"{method} {path}: {status} {raw.decode(errors='replace')[:500]}")
        return status, (json.loads(raw) if raw.strip() else None)

    def get(self, path, **params):
        q = ("?" + urllib.parse.urlencode(params)) if params else ""
        return self.call("GET", path + q)[1]


def one(items, what):
    if not items:
        raise KeycloakError(f"not found: {what}")
    return items[0]


def find_group(groups, name):
    for g in groups or []:
        if g.get("name") == name:
            return g
        found = find_group(g.get("subGroups"), name)
        if found:
            return found
    return None


def named(items, name):
    return next((i for i in items or [] if i.get("name") == name), None)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--url", default=f"http://127.0.0.1:{os.environ.get('OW_KC_PORT', '18180')}",
                   help="Keycloak's address (default: the local run's, from OW_KC_PORT)")
    p.add_argument("--realm", default="onewindow")
    p.add_argument("--hall", default=os.environ.get("OW_HALL_CODE", "DX"), help="the hall code: its group is window-<hall>")
    p.add_argument("--admin", default=os.environ.get("OW_KC_ADMIN", "admin"), help="admin user of the master realm")
    p.add_argument("--sync-client-secrets", action="store_true",
                   help="set the client secrets of onewindow-intake and onewindow-gateway from "
                        "$OW_INTAKE_CLIENT_SECRET and $OW_GATEWAY_CLIENT_SECRET")
    a = p.parse_args()
    password = os.environ.get("OW_KC_ADMIN_PASSWORD") or getpass.getpass(f"password of Keycloak admin {a.admin}: ")
    kc = Keycloak(a.url, a.realm)
    kc.token = kc.login("master", {"grant_type": "password", "client_id": "admin-cli", "username": a.admin, "password": password})
    group_name = f"window-{a.hall}"

    intake = one(kc.get("/clients", clientId="onewindow-intake"), "client onewindow-intake")
    account = kc.get(f"/clients/{intake['id']}/service-account-user")
    group = find_group(kc.get("/groups", search=group_name, exact="true"), group_name)
    if group is None:
        raise KeycloakError(f"the realm has no group {group_name}")
    rm = one(kc.get("/clients", clientId="realm-management"), "client realm-management")["id"]
    authz = f"/clients/{rm}/authz/resource-server"

    # 1. the group's own permissions on (idempotent: Keycloak answers the existing ones)
    status, perms = kc.call("PUT", f"/groups/{group['id']}/management/permissions", {"enabled": True}, expect=(200,))
    scope_permissions = (perms or {}).get("scopePermissions") or {}
    missing = [sc for sc in SCOPES if sc not in scope_permissions]
    if missing:
        raise KeycloakError(f"group permissions of {group_name} lack {missing}: is Keycloak started with "
                            "--features=admin-fine-grained-authz:v1? ({perms})")

    # 2. the policy: the onewindow-intake client
    policy = named(kc.get(f"{authz}/policy", name=POLICY, first=0, max=100), POLICY)
    wanted_policy = {"name": POLICY, "description": "intake-service (KeycloakDelegationSync) keeps the window group's delegations",
                     "type": "client", "logic": "POSITIVE", "decisionStrategy": "UNANIMOUS", "clients": [intake["id"]]}
    if policy is None:
        policy = kc.call("POST", f"{authz}/policy/client", wanted_policy)[1]
        print(f"[keycloak] policy '{POLICY}' created")

    # 3. the policy on the group's view and manage permissions, nothing else
    for scope in SCOPES:
        pid = scope_permissions[scope]
        rep = kc.get(f"{authz}/permission/scope/{pid}")
        current = [x["id"] for x in (kc.get(f"{authz}/policy/{pid}/associatedPolicies") or [])]
        if policy["id"] not in current:
            rep["policies"] = current + [policy["id"]]
            kc.call("PUT", f"{authz}/permission/scope/{pid}", rep)
            print(f"[keycloak] intake may {scope} {group_name}")

    # 4. query-groups and nothing else from realm-management
    mapped = kc.get(f"/users/{account['id']}/role-mappings/clients/{rm}") or []
    extra = [r for r in mapped if r["name"] != KEEP_ROLE]
    if extra:
        kc.call("DELETE", f"/users/{account['id']}/role-mappings/clients/{rm}", extra)
        print(f"[keycloak] took {', '.join(r['name'] for r in extra)} away from {account['username']}")
    if not any(r["name"] == KEEP_ROLE for r in mapped):
        kc.call("POST", f"/users/{account['id']}/role-mappings/clients/{rm}", [kc.get(f"/clients/{rm}/roles/{KEEP_ROLE}")])
        print(f"[keycloak] gave {KEEP_ROLE} to {account['username']}")

    # 5. client secrets as this deployment generated them
    secrets = {}
    if a.sync_client_secrets:
        for client_id, env in (("onewindow-intake", "OW_INTAKE_CLIENT_SECRET"), ("onewindow-gateway", "OW_GATEWAY_CLIENT_SECRET")):
            value = os.environ.get(env)
            if not value:
                raise KeycloakError(f"--sync-client-secrets: {env} is not set")
            secrets[client_id] = value
            rep = kc.get(f"/clients/{one(kc.get('/clients', clientId=client_id), client_id)['id']}")
            if rep.get("secret") != value:
                rep["secret"] = value
                kc.call("PUT", f"/clients/{rep['id']}", rep)
                print(f"[keycloak] client secret of {client_id} set from {env}")

    # 6. the proof, as intake itself (when its secret is at hand)
    intake_secret = secrets.get("onewindow-intake") or os.environ.get("OW_INTAKE_CLIENT_SECRET")
    if intake_secret:
        token = kc.login(a.realm, {"grant_type": "client_credentials", "client_id": "onewindow-intake",
                                   "client_secret": intake_secret})
        seen = kc.call("GET", f"/groups/{group['id']}", token=token)[1]
        if not (seen.get("access") or {}).get("manage"):
            raise KeycloakError(f"intake's service account may not change {group_name}: {seen.get('access')}")
        status, _ = kc.call("GET", "/users?max=1", token=token, expect=(200, 403))
        if status != 403:
            raise KeycloakError("intake's service account may list users: it has more than it needs")
        status, _ = kc.call("POST", "/users", {"username": "intake-access-probe", "enabled": False}, token=token,
                            expect=(201, 403))
        if status != 403:
            raise KeycloakError("intake's service account created a user: it has more than it needs")
        hall_admin = kc.get("/roles/hall-admin")
        status, _ = kc.call("POST", f"/groups/{group['id']}/role-mappings/realm", [hall_admin], token=token,
                            expect=(204, 403))
        if status != 403:
            kc.call("DELETE", f"/groups/{group['id']}/role-mappings/realm", [hall_admin])
            raise KeycloakError(f"intake's service account gave {group_name} the post hall-admin: it has more than it needs")
        print(f"[keycloak] intake-service may view and change {group_name}, and may not list or create users "
              "nor give the group a post")
    else:
        print(f"[keycloak] intake's service account: {KEEP_ROLE} + view/manage of {group_name} "
              "(not checked as intake: OW_INTAKE_CLIENT_SECRET not set)")


if __name__ == "__main__":
    try:
        main()
    except (KeycloakError, urllib.error.URLError, OSError) as e:
        print(f"[keycloak] ERROR: {e}", file=sys.stderr)
        sys.exit(1)
