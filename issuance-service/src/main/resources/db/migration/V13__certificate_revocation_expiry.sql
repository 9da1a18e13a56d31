-- E-certificates reused as materials (issue #23, 证照自动引用) need to know whether a certificate still stands:
-- revocation (吊销/撤销) with its reason, source and who revoked it, and expiry (有效期).
--
-- The issuing department and the item are kept as columns (they were only inside the signed JSON): revocation is
-- department-scoped, and the events name the item. Backfilled from that JSON, which every certificate has.
alter table e_certificate add column department_code text;
alter table e_certificate add column item_code text;
update e_certificate set department_code = payload::jsonb ->> 'issuer', item_code = payload::jsonb ->> 'itemCode';
-- null: no expiry. Certificates issued before stay without one (their item's validity was not known then).
alter table e_certificate add column valid_until timestamptz;
alter table e_certificate add column revocation_reason text;
alter table e_certificate add column revocation_source text;   -- DEPARTMENT_DECISION | COMMITMENT_FOUND_FALSE
alter table e_certificate add column revoked_by_id text;
alter table e_certificate add column revoked_by_name text;
alter table e_certificate add column revoked_by_post text;

-- issuance's copy of the catalogue's validity figures: each item version's result validity in years (null: no
-- expiry), from the compacted catalogue topic. A certificate takes the figure of the version in force at its decision.
create table catalogue_validity (
    code               text        not null,
    version            integer     not null,
    effective_from     timestamptz not null,
    result_valid_years integer,
    primary key (code, version)
);
create index catalogue_validity_in_force on catalogue_validity (code, effective_from desc);
