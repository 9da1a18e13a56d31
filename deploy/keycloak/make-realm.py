#!/usr/bin/env python3
"""Generates onewindow-realm.json, the Keycloak realm the local run imports.

Kept as a generator so that posts, departments and demo users are listed once, readably.
Run it after editing; the JSON is committed so that nothing needs Python at start-up."""
import json, pathlib

POSTS = {  # realm role -> (Chinese post, description)
    "window-clerk": "综合受理岗", "mid-desk": "中台服务岗", "material-runner": "物料流转岗",
    "department-reviewer": "后台审批人员", "chief-representative": "首席代表",
    "issuance-clerk": "综合出证岗", "supervisor": "综合协调岗/督办", "hall-admin": "大厅管理员",
    "operator": "运维人员", "department-system": "部门自建业务系统",
}
DEPARTMENT_SYSTEMS = {"AMR": "amr-system-secret", "TAX": "tax-system-secret", "PSB": "psb-system-secret"}
PASSWORD = "onewindow"
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
]
# Keycloak creates its built-in client scopes (profile, roles, basic, ...) only when the import
# names none, so the hall's claims are mappers on each client rather than a client scope.

def attr_mapper(name, attr, multivalued=False):
    # aggregate.attrs: the value also comes from the user's groups (the window staff's delegations
    # live on the hall's window group, kept by intake-service)
    return {"name": name, "protocol": "openid-connect", "protocolMapper": "oidc-usermodel-attribute-mapper",
            "config": {"user.attribute": attr, "claim.name": attr, "jsonType.label": "String",
                       "multivalued": str(multivalued).lower(), "aggregate.attrs": str(multivalued).lower(),
                       "access.token.claim": "true",
                       "id.token.claim": "true", "userinfo.token.claim": "true", "introspection.token.claim": "true"}}

def hardcoded(name, claim, value):
    return {"name": name, "protocol": "openid-connect", "protocolMapper": "oidc-hardcoded-claim-mapper",
            "config": {"claim.name": claim, "claim.value": value, "jsonType.label": "String",
                       "access.token.claim": "true", "id.token.claim": "false", "introspection.token.claim": "true"}}

def staff_mappers():
    """department, hall and delegated powers of the acting person, in access and ID tokens"""
    return [attr_mapper("department", "department"), attr_mapper("hall", "hall"),
            attr_mapper("delegations", "delegations", multivalued=True)]

profile = {
    "unmanagedAttributePolicy": "ENABLED",
    "attributes": [
        {"name": "username", "displayName": "${username}", "validations": {"length": {"min": 3, "max": 255}, "username-prohibited-characters": {}, "up-username-not-idn-homograph": {}}, "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]}, "multivalued": False},
        {"name": "email", "displayName": "${email}", "validations": {"email": {}, "length": {"max": 255}}, "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]}, "multivalued": False},
        {"name": "firstName", "displayName": "${firstName}", "validations": {"length": {"max": 255}}, "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]}, "multivalued": False},
        {"name": "lastName", "displayName": "${lastName}", "validations": {"length": {"max": 255}}, "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]}, "multivalued": False},
        # the hall's own attributes: edited by admins only, shown to the user
        {"name": "department", "displayName": "Department 部门", "permissions": {"view": ["admin", "user"], "edit": ["admin"]}, "multivalued": False},
        {"name": "hall", "displayName": "Hall 大厅", "permissions": {"view": ["admin", "user"], "edit": ["admin"]}, "multivalued": False},
        {"name": "delegations", "displayName": "Delegations 委托授权", "permissions": {"view": ["admin", "user"], "edit": ["admin"]}, "multivalued": True},
    ],
    "groups": [],
}

realm = {
    "realm": "onewindow", "enabled": True, "displayName": "OneWindow 一窗受理",
    "internationalizationEnabled": True, "supportedLocales": ["zh-CN", "en"], "defaultLocale": "zh-CN",
    "accessTokenLifespan": 900, "ssoSessionIdleTimeout": 36000, "ssoSessionMaxLifespan": 43200,
    "sslRequired": "none", "bruteForceProtected": True,
    "roles": {"realm": [{"name": r, "description": d} for r, d in POSTS.items()]},
    "groups": [{"name": f"window-{HALL}", "path": f"/window-{HALL}",
                "attributes": {"delegations": []}, "subGroups": []}],
    "clients": [
        {"clientId": "onewindow-intake", "name": "intake-service (keeps the window group's delegations)",
         "enabled": True, "publicClient": False, "secret": "intake-service-secret", "standardFlowEnabled": False,
         "directAccessGrantsEnabled": False, "serviceAccountsEnabled": True},
        {"clientId": "onewindow-gateway", "name": "OneWindow gateway and web app", "enabled": True,
         "publicClient": False, "secret": "gateway-secret", "standardFlowEnabled": True,
         "directAccessGrantsEnabled": True, "serviceAccountsEnabled": False,
         # the local run's ports, and the hall's public address of deploy/k8s (ingress.yaml)
         "redirectUris": [f"http://{h}:{p}/*" for h in ("127.0.0.1", "localhost") for p in (8080, 18080)]
         + ["https://hall.onewindow.example/*"],
         "webOrigins": ["+"], "attributes": {"post.logout.redirect.uris": "+"},
         "protocolMappers": staff_mappers()},
        {"clientId": "onewindow-cli", "name": "OneWindow command line and load driver (public)", "enabled": True,
         "publicClient": True, "standardFlowEnabled": False, "directAccessGrantsEnabled": True,
         "protocolMappers": staff_mappers()},
    ] + [
        {"clientId": f"dept-{d.lower()}-system", "name": f"Department system {d}", "enabled": True,
         "publicClient": False, "secret": s, "standardFlowEnabled": False, "directAccessGrantsEnabled": False,
         "serviceAccountsEnabled": True,
         "protocolMappers": [hardcoded("department", "department", d), hardcoded("hall", "hall", HALL)]}
        for d, s in DEPARTMENT_SYSTEMS.items()
    ],
    "users": [
        {"username": u, "enabled": True, "emailVerified": True, "firstName": g, "lastName": f,
         "email": f"{u}@onewindow.local",
         "attributes": {"hall": [HALL], **({"department": [d]} if d else {})},
         "credentials": [{"type": "password", "value": PASSWORD, "temporary": False}],
         "realmRoles": [post], "groups": [f"/window-{HALL}"] if post in WINDOW_POSTS else []}
        for u, f, g, post, d in USERS
    ] + [
        {"username": f"service-account-dept-{d.lower()}-system", "enabled": True,
         "serviceAccountClientId": f"dept-{d.lower()}-system", "realmRoles": ["department-system"]}
        for d in DEPARTMENT_SYSTEMS
    ] + [
        {"username": "service-account-onewindow-intake", "enabled": True, "serviceAccountClientId": "onewindow-intake",
         "clientRoles": {"realm-management": ["manage-users", "view-users", "query-groups"]}}
    ],
    "components": {"org.keycloak.userprofile.UserProfileProvider": [{
        "providerId": "declarative-user-profile", "subComponents": {},
        "config": {"kc.user.profile.config": [json.dumps(profile, ensure_ascii=False)]}}]},
}
out = pathlib.Path(__file__).with_name("onewindow-realm.json")
out.write_text(json.dumps(realm, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"wrote {out}")
