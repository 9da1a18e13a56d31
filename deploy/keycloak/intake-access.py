#!/usr/bin/env python3
"""Gives intake-service's Keycloak service account exactly what it needs, and nothing more.

intake-service (KeycloakDelegationSync) writes one thing in Keycloak: the `delegations` attribute of the hall's
window group (window-<hall>), whose members' tokens then carry the delegations in force. It finds the group by
name (GET /groups?search=…&exact=true) and replaces its attributes (PUT /groups/{id}). Until issue #20 its service
account held realm-management's manage-users, which also creates users and gives them any post (hall-admin
included). Now it holds:

  * realm-management's query-groups (reach the group list; it returns only the groups it may view), and
  * one fine-grained admin permission (Keycloak 26 "admin permissions", FGAP v2) on that one group: view and
    manage — its name and attributes. Not its members, not users, not roles.

The permission cannot come with the realm file: in Keycloak 26.4 a realm import that carries admin permissions
is not dependable (keycloak/keycloak#44360: after an import into another server the permissions client is not
wired and every evaluation fails; #47901: later versions refuse such an import outright). So this script sets it
through the admin REST API once Keycloak is up, as the admin console would:

  1. turns "Admin permissions" on for the realm (Keycloak creates its admin-permissions client),
  2. a user policy naming the service account of onewindow-intake,
  3. a scope permission, resource type Groups, resource window-<hall>, scopes view and manage, that policy,
  4. leaves the service account with query-groups as its only realm-management role (an older local realm
     gave it manage-users and view-users: they are taken away),
  5. with --sync-client-secrets: sets the secrets of onewindow-intake and onewindow-gateway to
     $OW_INTAKE_CLIENT_SECRET / $OW_GATEWAY_CLIENT_SECRET when they differ (a realm imported before the local
     run generated its secrets),
  6. checks, logged in as intake, that it sees the group and may not list users.

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

POLICY = "onewindow-intake service account"
PERMISSION = "intake keeps the window group's delegations"
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

    # 1. admin permissions on for the realm (the admin console's switch: the whole realm representation back)
    realm = kc.get("")
    if not realm.get("adminPermissionsEnabled"):
        realm["adminPermissionsEnabled"] = True
        kc.call("PUT", "", realm)
        print(f"[keycloak] admin permissions turned on for realm {a.realm}")
    found = kc.get("/clients", clientId="admin-permissions") or [kc.get("").get("adminPermissionsClient")]
    perms_client = one([c for c in found if c], "the admin-permissions client (is the feature "
                       "admin-fine-grained-authz:v2 on? it is by default in Keycloak 26.2+)")["id"]
    authz = f"/clients/{perms_client}/authz/resource-server"

    intake = one(kc.get("/clients", clientId="onewindow-intake"), "client onewindow-intake")
    account = kc.get(f"/clients/{intake['id']}/service-account-user")
    group = find_group(kc.get("/groups", search=group_name, exact="true"), group_name)
    if group is None:
        raise KeycloakError(f"the realm has no group {group_name}")

    # 2. the policy: the intake service account
    policy = named(kc.get(f"{authz}/policy", name=POLICY, first=0, max=100), POLICY)
    wanted_policy = {"name": POLICY, "description": "intake-service's service account (KeycloakDelegationSync)",
                     "type": "user", "logic": "POSITIVE", "decisionStrategy": "UNANIMOUS", "users": [account["id"]]}
    if policy is None:
        policy = kc.call("POST", f"{authz}/policy/user", wanted_policy)[1]
        print(f"[keycloak] policy '{POLICY}' created")
    else:
        current = kc.get(f"{authz}/policy/user/{policy['id']}")
        if account["id"] not in (current.get("users") or []):
            kc.call("PUT", f"{authz}/policy/user/{policy['id']}", {**wanted_policy, "id": policy["id"]})
            print(f"[keycloak] policy '{POLICY}' now names {account['username']}")

    # 3. the permission: view and manage the window group, nothing else
    wanted = {"name": PERMISSION, "description": f"view and change the group {group_name} (its delegations attribute)",
              "type": "scope", "logic": "POSITIVE", "decisionStrategy": "UNANIMOUS", "resourceType": "Groups",
              "resources": [group["id"]], "scopes": ["view", "manage"], "policies": [policy["id"]]}
    permission = named(kc.get(f"{authz}/permission", name=PERMISSION, first=0, max=100), PERMISSION)
    if permission is None:
        kc.call("POST", f"{authz}/permission/scope", wanted)
        print(f"[keycloak] permission '{PERMISSION}' created: Groups/{group_name}, view + manage")
    else:
        kc.call("PUT", f"{authz}/permission/scope/{permission['id']}", {**wanted, "id": permission["id"]})

    # 4. query-groups and nothing else from realm-management
    rm = one(kc.get("/clients", clientId="realm-management"), "client realm-management")["id"]
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
        seen = kc.call("GET", "/groups?" + urllib.parse.urlencode({"search": group_name, "exact": "true"}), token=token)[1]
        if find_group(seen, group_name) is None:
            raise KeycloakError(f"intake's service account does not see {group_name}: {seen}")
        status, _ = kc.call("GET", "/users?max=1", token=token, expect=(200, 403))
        if status != 403:
            raise KeycloakError("intake's service account may list users: it has more than it needs")
        print(f"[keycloak] intake-service may view and change {group_name}, and may not list users")
    else:
        print(f"[keycloak] intake's service account: {KEEP_ROLE} + view/manage of {group_name} "
              "(not checked as intake: OW_INTAKE_CLIENT_SECRET not set)")


if __name__ == "__main__":
    try:
        main()
    except (KeycloakError, urllib.error.URLError, OSError) as e:
        print(f"[keycloak] ERROR: {e}", file=sys.stderr)
        sys.exit(1)
