-- Electronic certificates (电子证照): the result as JSON signed with Ed25519. Keys rotate: a new key
-- signs from its creation on, retired keys still verify what they signed.
create table signing_key (
    kid         text        primary key,
    algorithm   text        not null,
    public_key  text        not null,  -- base64 X.509 SubjectPublicKeyInfo
    private_key text        not null,  -- base64 PKCS#8; in production from the key store, see README
    created_at  timestamptz not null,
    retired_at  timestamptz
);
create unique index signing_key_active on signing_key ((true)) where retired_at is null;

create table e_certificate (
    id         text        primary key,
    case_id    text        not null unique,
    kid        text        not null references signing_key (kid),
    payload    text        not null,   -- the exact bytes signed (UTF-8 JSON)
    signature  text        not null,   -- base64
    issued_at  timestamptz not null,
    revoked_at timestamptz
);
