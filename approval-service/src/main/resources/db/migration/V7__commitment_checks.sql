-- 告知承诺核查 (#23, item 5): a material the applicant replaced by a signed commitment is verified by the department
-- within the item version's working days after an approval. A row per case and material arrives with the case's
-- take-in (its commitments); due_at is set when the case is approved (in either order: the take-in's event and the
-- decision are read apart), and the department's finding closes it once.
create table commitment_check (
    case_id         text        not null,
    material_code   text        not null,
    department_code text        not null,
    check_days      integer     not null check (check_days > 0),
    taken_in_at     timestamptz not null,
    decided_at      timestamptz,
    due_at          timestamptz,
    outcome         text check (outcome in ('TRUE', 'FALSE')),
    note            text,
    checked_at      timestamptz,
    checked_by_id   text,
    checked_by_name text,
    checked_by_post text,
    -- the monitor's flag (set with its own SQL, once): verification past its limit
    overdue_at      timestamptz,
    primary key (case_id, material_code),
    check (outcome is null or checked_at is not null),
    check (outcome <> 'FALSE' or note is not null)
);

-- the department's open checks by limit (its lists, the monitor's scan)
create index commitment_check_open on commitment_check (department_code, due_at) where outcome is null;
