-- E-certificates reused as materials (证照自动引用, issue #23): intake's copy of the certificates issuance made and
-- revoked (CertificateIssued, CertificateRevoked on the issuance case topic). The holder is not in it: it is the
-- applicant of the certificate's case, which intake knows from its own rows (issuance never gets the ID number).
create table certificate_copy (
    certificate_id    text        primary key,
    case_id           text        not null,
    item_code         text        not null,
    department_code   text        not null,
    issued_at         timestamptz not null,
    valid_until       timestamptz,            -- null: no expiry
    revoked_at        timestamptz,
    revocation_reason text
);
create index certificate_copy_case on certificate_copy (case_id);

-- Which certificate served which material of a case taken in: the material counts as received, "provided by
-- certificate EC-…" (the applicant handed nothing in).
create table case_certificate_material (
    case_id        text not null references intake_case (case_id),
    material_code  text not null,
    certificate_id text not null references certificate_copy (certificate_id),
    primary key (case_id, material_code)
);
