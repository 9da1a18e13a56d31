#!/usr/bin/env python3
"""Generates the two Keycloak realms of the hall, both named onewindow:

  onewindow-realm.json             the demo realm the local run (deploy/local) and Docker Compose import:
                                   demo users (password onewindow), the department systems' demo clients,
                                   the public CLI client for the password grant
  onewindow-realm-production.json  the realm Kubernetes imports (deploy/keycloak/kustomization.yaml): no user,
                                   no public client, no password grant, TLS required for every address
                                   outside the cluster, a password policy

Both carry the same brute-force protection, and take the client secrets of intake-service and the gateway
from the environment of the Keycloak that imports them (${OW_INTAKE_CLIENT_SECRET}, ${OW_GATEWAY_CLIENT_SECRET}:
Keycloak resolves such placeholders when it imports a realm at start-up), so no secret is in either file.
The intake service account gets query-groups only; what it may change (the window group) is granted with a
fine-grained admin permission after the import, by deploy/keycloak/intake-access.py (see docs/runbook.md).

Applicants (申请人, issue #23) log in through the same gateway client as staff but hold the realm role `applicant`
only, never a post: their real-name (实名) identity is in user attributes the realm's administrators set (the user
may see, not edit them), put into their tokens as id_number, applicant_kind, org_code and org_name (an organisation's
agent: the organisation's unified social credit code and registered name); the token's `name` is Keycloak's full name,
which for an applicant is the real name as one string (lastName, no firstName: a Chinese name is not split into
"first last"). Because that name becomes the case's real name, firstName, lastName and email are edited by admins
only (the account console shows them), and attributes outside the profile are admin-edited (ADMIN_EDIT), so no user
can add a claim-bearing attribute of their own.

Kept as a generator so that posts, departments and demo users are listed once, readably.
Run it after editing (python3 deploy/keycloak/make-realm.py); the JSON is committed so that nothing needs
Python at start-up."""
import json, pathlib

POSTS = {  # realm role -> (Chinese post, description)
    "window-clerk": "综合受理岗", "mid-desk": "中台服务岗", "material-runner": "物料流转岗",
    "department-reviewer": "后台审批人员", "chief-representative": "首席代表",
    "issuance-clerk": "综合出证岗", "supervisor": "综合协调岗/督办", "hall-admin": "大厅管理员",
    "operator": "运维人员", "department-system": "部门自建业务系统", "pre-reviewer": "网上预审岗",
    "helper": "帮办代办岗", "enquiry-desk": "咨询答复岗",
}
# Not a post: an applicant (person or organisation's agent) on the hall's applicant page; the services never let it
# pass a staff check (cn.onewindow.platform.security.Applicant, Posts.ALL)
APPLICANT_ROLE = ("applicant", "申请人（自然人或法人代办人），非工作人员岗位")
# demo realm only: the department systems' clients, with the fixed secrets the system tests and the load driver
# use (bench, system-tests); the production realm has none (docs/runbook.md: adding a department system)
DEPARTMENT_SYSTEMS = {"AMR": "amr-system-secret", "TAX": "tax-system-secret", "PSB": "psb-system-secret",
                      # 上报件: the higher authority (河北省市场监督管理局) the demo's FORWARDED item goes to
                      "HBAMR": "hbamr-system-secret"}
PASSWORD = "onewindow"  # demo users only
# Client secrets are not in the files: Keycloak puts in the value of these environment variables when it imports
# the realm (the local run: .local/<profile>/secrets.env, written by deploy/local/env.sh; Kubernetes: the Secret
# onewindow-secrets, created by deploy/k8s/secrets.sh).
INTAKE_SECRET = "${OW_INTAKE_CLIENT_SECRET}"
GATEWAY_SECRET = "${OW_GATEWAY_CLIENT_SECRET}"
# Brute-force protection that slows a password guesser without handing anyone a lock-out: the first 9 wrong
# passwords cost nothing; from the 10th on each one adds 30 s more wait (LINEAR: 30 s, 60 s, 90 s …), at most 5
# minutes; two failures within half a second cost a 5 s wait (Keycloak's default was a 60 s lock after two quick
# ones). Failures are forgotten 12 h after the last one, or at the next successful login. Never permanent.
# docs/runbook.md, "Logins". The fault runs' burst of half-finished logins after a Keycloak stall (docs/faults.md)
# stays below 10 failures per user.
BRUTE_FORCE = {
    "bruteForceProtected": True, "permanentLockout": False, "maxTemporaryLockouts": 0,
    "bruteForceStrategy": "LINEAR", "failureFactor": 10, "waitIncrementSeconds": 30, "maxFailureWaitSeconds": 300,
    "quickLoginCheckMilliSeconds": 500, "minimumQuickLoginWaitSeconds": 5, "maxDeltaTimeSeconds": 43200,
}
# Passwords: 12 characters at least in production (and at most 128, so hashing stays cheap), not the user name
# or e-mail, not one of the last 3. The demo realm asks 8, so that its demo password (onewindow, 9) passes.
PRODUCTION_PASSWORD_POLICY = "length(12) and maxLength(128) and notUsername and notEmail and passwordHistory(3)"
DEMO_PASSWORD_POLICY = "length(8) and maxLength(128) and notUsername and notEmail"
WINDOW_POSTS = {"window-clerk", "mid-desk"}  # members of the hall's window group: they act under its delegations
HALL = "DX"  # 大兴机场临空经济区（廊坊）政务服务中心
USERS = [  # username, family, given, post, department
    ("clerk1", "张", "敏", "window-clerk", None),
    ("clerk2", "刘", "洋", "window-clerk", None),
    ("middesk1", "陈", "晨", "mid-desk", None),
    ("runner1", "赵", "强", "material-runner", None),
    ("reviewer.amr", "李", "静", "department-reviewer", "AMR"),
    ("reviewer.tax", "王", "磊", "department-reviewer", "TAX"),
    ("reviewer.psb", "孙", "伟", "department-reviewer", "PSB"),
    ("chief.amr", "周", "芳", "chief-representative", "AMR"),
    ("issuer1", "吴", "娜", "issuance-clerk", None),
    ("supervisor1", "郑", "涛", "supervisor", None),
    ("admin1", "钱", "坤", "hall-admin", None),
    ("operator1", "冯", "杰", "operator", None),
    ("prereviewer1", "黄", "蕾", "pre-reviewer", None),
    ("helper1", "何", "丽", "helper", None),
    ("enquiry1", "罗", "勇", "enquiry-desk", None),
]
# 区域通办: the staff of the demo's second hall, 九州镇便民服务站 (a STATION: takes in and hands out); username -> hall
OTHER_HALL_USERS = [
    ("clerk.jz", "高", "燕", "window-clerk", None, "JZ"),
    ("issuer.jz", "林", "峰", "issuance-clerk", None, "JZ"),
]
# demo realm only: applicants, with valid check digits (intake's IdentityNumbers; the services check them again).
# username, real name, own resident ID number, kind, (organisation's code, organisation's name) (an organisation's agent only)
APPLICANTS = [
    ("applicant1", "李晓梅", "13102519880315004X", "PERSON", None),
    # the agent of 廊坊临空示范科技有限公司 (an organisation): its cases are the organisation's
    ("applicant2", "王建国", "110105199007120034", "ORGANISATION", ("91131025MA0A123452", "廊坊临空示范科技有限公司")),
]
# Keycloak creates its built-in client scopes (profile, roles, basic, ...) only when the import
# names none, so the hall's claims are mappers on each client rather than a client scope.

def attr_mapper(name, attr, multivalued=False, id_token=True):
    # aggregate.attrs: the value also comes from the user's groups (the window staff's delegations
    # live on the hall's window group, kept by intake-service)
    return {"name": name, "protocol": "openid-connect", "protocolMapper": "oidc-usermodel-attribute-mapper",
            "config": {"user.attribute": attr, "claim.name": attr, "jsonType.label": "String",
                       "multivalued": str(multivalued).lower(), "aggregate.attrs": str(multivalued).lower(),
                       "access.token.claim": "true", "id.token.claim": str(id_token).lower(),
                       "userinfo.token.claim": str(id_token).lower(), "introspection.token.claim": "true"}}

def hardcoded(name, claim, value):
    return {"name": name, "protocol": "openid-connect", "protocolMapper": "oidc-hardcoded-claim-mapper",
            "config": {"claim.name": claim, "claim.value": value, "jsonType.label": "String",
                       "access.token.claim": "true", "id.token.claim": "false", "introspection.token.claim": "true"}}

def staff_mappers():
    """department, hall and delegated powers of the acting person, in access and ID tokens"""
    return [attr_mapper("department", "department"), attr_mapper("hall", "hall"),
            attr_mapper("delegations", "delegations", multivalued=True)]


APPLICANT_CLAIMS = ("id_number", "applicant_kind", "org_code", "org_name")

def applicant_mappers():
    """an applicant's real-name identity, in the access token only (the services read it there; the ID number
    stays out of ID tokens and userinfo, which the browser's side of the login sees)"""
    return [attr_mapper(c, c, id_token=False) for c in APPLICANT_CLAIMS]


def login_mappers():
    """the mappers of every client a person logs in through: staff and applicants use the same login"""
    return staff_mappers() + applicant_mappers()

profile = {
    # attributes outside this profile: admins only (ENABLED let a user add any attribute through the account API)
    "unmanagedAttributePolicy": "ADMIN_EDIT",
    "attributes": [
        {"name": "username", "displayName": "${username}", "validations": {"length": {"min": 3, "max": 255}, "username-prohibited-characters": {}, "up-username-not-idn-homograph": {}}, "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]}, "multivalued": False},
        {"name": "email", "displayName": "${email}", "validations": {"email": {}, "length": {"max": 255}}, "permissions": {"view": ["admin", "user"], "edit": ["admin"]}, "multivalued": False},
        # the name is the applicant's real name (实名, the token's `name`, a case's name): admins only, like the identity
        {"name": "firstName", "displayName": "${firstName}", "validations": {"length": {"max": 255}}, "permissions": {"view": ["admin", "user"], "edit": ["admin"]}, "multivalued": False},
        {"name": "lastName", "displayName": "${lastName}", "validations": {"length": {"max": 255}}, "permissions": {"view": ["admin", "user"], "edit": ["admin"]}, "multivalued": False},
        # the hall's own attributes: edited by admins only, shown to the user
        {"name": "department", "displayName": "Department 部门", "permissions": {"view": ["admin", "user"], "edit": ["admin"]}, "multivalued": False},
        {"name": "hall", "displayName": "Hall 大厅", "permissions": {"view": ["admin", "user"], "edit": ["admin"]}, "multivalued": False},
        {"name": "delegations", "displayName": "Delegations 委托授权", "permissions": {"view": ["admin", "user"], "edit": ["admin"]}, "multivalued": True},
        # an applicant's real-name identity (实名): set by admins (or the real-name check), shown to the user
        {"name": "id_number", "displayName": "Resident ID number 居民身份证号码", "permissions": {"view": ["admin", "user"], "edit": ["admin"]}, "multivalued": False,
         "validations": {"pattern": {"pattern": "^[0-9]{17}[0-9X]$", "error-message": "18 characters: 17 digits and a digit or X"}}},
        {"name": "applicant_kind", "displayName": "Applicant kind 申请人类型", "permissions": {"view": ["admin", "user"], "edit": ["admin"]}, "multivalued": False,
         "validations": {"options": {"options": ["PERSON", "ORGANISATION"]}}},
        {"name": "org_code", "displayName": "Unified social credit code 统一社会信用代码", "permissions": {"view": ["admin", "user"], "edit": ["admin"]}, "multivalued": False,
         "validations": {"pattern": {"pattern": "^[0-9A-HJ-NPQRTUWXY]{18}$", "error-message": "18 characters of the code's alphabet"}}},
        # the organisation's registered name, beside its code: what a pre-review names as the applicant (never typed by the agent)
        {"name": "org_name", "displayName": "Organisation name 单位名称", "permissions": {"view": ["admin", "user"], "edit": ["admin"]}, "multivalued": False,
         "validations": {"length": {"min": 1, "max": 200}}},
    ],
    "groups": [],
}

def intake_client():
    return {"clientId": "onewindow-intake", "name": "intake-service (keeps the window group's delegations)",
            "enabled": True, "publicClient": False, "secret": INTAKE_SECRET, "standardFlowEnabled": False,
            "directAccessGrantsEnabled": False, "serviceAccountsEnabled": True}


def gateway_client(redirect_uris, direct_grants):
    return {"clientId": "onewindow-gateway", "name": "OneWindow gateway and web app", "enabled": True,
            "publicClient": False, "secret": GATEWAY_SECRET, "standardFlowEnabled": True,
            "directAccessGrantsEnabled": direct_grants, "serviceAccountsEnabled": False,
            "redirectUris": redirect_uris, "webOrigins": ["+"], "attributes": {"post.logout.redirect.uris": "+"},
            "protocolMappers": login_mappers()}


def intake_service_account():
    # query-groups: find the window group by name. Nothing else from realm-management (manage-users let anyone
    # holding the client secret create users and give them any post, hall-admin included: issue #20); viewing
    # and changing the window group itself is a fine-grained admin permission on that one group, granted by
    # deploy/keycloak/intake-access.py after the import.
    return {"username": "service-account-onewindow-intake", "enabled": True, "serviceAccountClientId": "onewindow-intake",
            "clientRoles": {"realm-management": ["query-groups"]}}


def base_realm(ssl_required, password_policy):
    return {
        "realm": "onewindow", "enabled": True, "displayName": "OneWindow 一窗受理",
        "internationalizationEnabled": True, "supportedLocales": ["zh-CN", "en"], "defaultLocale": "zh-CN",
        "accessTokenLifespan": 900, "ssoSessionIdleTimeout": 36000, "ssoSessionMaxLifespan": 43200,
        "sslRequired": ssl_required, **BRUTE_FORCE, "passwordPolicy": password_policy,
        "roles": {"realm": [{"name": r, "description": d} for r, d in (*POSTS.items(), APPLICANT_ROLE)]},
        "groups": [{"name": f"window-{HALL}", "path": f"/window-{HALL}",
                    "attributes": {"delegations": []}, "subGroups": []}],
        "components": {"org.keycloak.userprofile.UserProfileProvider": [{
            "providerId": "declarative-user-profile", "subComponents": {},
            "config": {"kc.user.profile.config": [json.dumps(profile, ensure_ascii=False)]}}]},
    }


# The demo realm: the local run and Docker Compose (plain HTTP on loopback).
demo = base_realm("none", DEMO_PASSWORD_POLICY)
demo["clients"] = [
    intake_client(),
    # the local run's ports
    gateway_client([f"http://{h}:{p}/*" for h in ("127.0.0.1", "localhost") for p in (8080, 18080)], True),
    {"clientId": "onewindow-cli", "name": "OneWindow command line and load driver (public)", "enabled": True,
     "publicClient": True, "standardFlowEnabled": False, "directAccessGrantsEnabled": True,
     "protocolMappers": login_mappers()},
] + [
    {"clientId": f"dept-{d.lower()}-system", "name": f"Department system {d}", "enabled": True,
     "publicClient": False, "secret": s, "standardFlowEnabled": False, "directAccessGrantsEnabled": False,
     "serviceAccountsEnabled": True,
     "protocolMappers": [hardcoded("department", "department", d), hardcoded("hall", "hall", HALL)]}
    for d, s in DEPARTMENT_SYSTEMS.items()
]
demo["users"] = [
    {"username": u, "enabled": True, "emailVerified": True, "firstName": g, "lastName": f,
     "email": f"{u}@onewindow.local",
     "attributes": {"hall": [hall], **({"department": [d]} if d else {})},
     "credentials": [{"type": "password", "value": PASSWORD, "temporary": False}],
     # only the home hall's window group holds delegations: another hall's window takes files in, never decides
     "realmRoles": [post], "groups": [f"/window-{HALL}"] if post in WINDOW_POSTS and hall == HALL else []}
    for u, f, g, post, d, hall in [(*u, HALL) for u in USERS] + OTHER_HALL_USERS
] + [
    # an applicant: the applicant role and nothing else (no post, no hall, no department, no window group)
    {"username": u, "enabled": True, "emailVerified": True, "lastName": name, "email": f"{u}@onewindow.local",
     "attributes": {"id_number": [id_number], "applicant_kind": [kind],
                    **({"org_code": [org[0]], "org_name": [org[1]]} if org else {})},
     "credentials": [{"type": "password", "value": PASSWORD, "temporary": False}],
     "realmRoles": [APPLICANT_ROLE[0]], "groups": []}
    for u, name, id_number, kind, org in APPLICANTS
] + [
    {"username": f"service-account-dept-{d.lower()}-system", "enabled": True,
     "serviceAccountClientId": f"dept-{d.lower()}-system", "realmRoles": ["department-system"]}
    for d in DEPARTMENT_SYSTEMS
] + [intake_service_account()]

# The production realm: Kubernetes (deploy/k8s, the hall's public addresses in ingress.yaml). No user but the
# intake service account; staff are created by the hall's administrators (or come from its directory), department
# systems are added one by one (docs/runbook.md). No public client and no password grant: staff log in through the
# gateway's code flow only. TLS is required for every address outside the cluster's private networks.
production = base_realm("external", PRODUCTION_PASSWORD_POLICY)
production["clients"] = [intake_client(), gateway_client(["https://hall.onewindow.example/*"], False)]
production["users"] = [intake_service_account()]

here = pathlib.Path(__file__).parent
for name, realm in (("onewindow-realm.json", demo), ("onewindow-realm-production.json", production)):
    out = here / name
    out.write_text(json.dumps(realm, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")
