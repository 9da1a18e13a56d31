-- 证明事项告知承诺制 (#23, item 5): the commitments an applicant signed at the take-in in place of proofs, as signed
-- (the printable copy is rebuilt from these words, whatever the catalogue says later).
create table case_commitment (
    case_id       text        not null references intake_case (case_id) deferrable initially deferred,
    material_code text        not null,
    material_name text        not null,
    text          text        not null,
    signed_by     text        not null,
    signed_at     timestamptz not null,
    primary key (case_id, material_code)
);

-- The credit list says why an applicant is on it and what put them there: a commitment found false (失信) names the
-- case and the material; an entry made by hand or imported has none.
alter table applicant_credit
    add column reason               text,
    add column source_case_id       text,
    add column source_material_code text;
