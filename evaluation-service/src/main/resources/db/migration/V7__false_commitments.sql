-- 告知承诺制 in supervision (#23, item 5): every commitment the department's verification found false (承诺不实), from
-- approval's commitment-found-false events — one row per case and material, as the event says it.
create table false_commitment (
    case_id         text        not null,
    material_code   text        not null,
    department_code text        not null,
    note            text        not null,
    found_at        timestamptz not null,
    found_by_name   text,
    primary key (case_id, material_code)
);
create index false_commitment_found on false_commitment (found_at);
