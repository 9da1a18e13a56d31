-- The hall's credit list (信用名单), kept by the hall admin: dishonesty blacklist (失信), red list
-- (守信红名单) and credit level. An applicant not on the list has no record against them.
create table applicant_credit (
    id_number    text        primary key,
    name         text        not null,
    kind         text        not null check (kind in ('PERSON', 'ORGANISATION')),
    blacklisted  boolean     not null default false,
    red_listed   boolean     not null default false,
    credit_level text        not null check (credit_level in ('A', 'B', 'C', 'D')),
    updated_by   text        not null,
    updated_at   timestamptz not null
);

-- Materials a 容缺 case still owes, with the deadline the supplement notice gave.
create table deferred_material (
    case_id       text        not null references intake_case (case_id),
    material_code text        not null,
    material_name text        not null,
    due_at        timestamptz not null,
    supplied_at   timestamptz,
    primary key (case_id, material_code)
);

-- Notices that take nothing in (one-time notice, return as out of scope): numbered and kept, so
-- that what the applicant was told is on record (全程留痕).
create table intake_notice (
    notice_number     text        primary key,
    kind              text        not null check (kind in ('ONE_TIME_NOTICE', 'RETURN_NOTICE')),
    item_code         text        not null,
    catalogue_version int         not null,
    applicant_name    text        not null,
    content           text        not null,
    clerk_id          text        not null,
    clerk_name        text        not null,
    delegation_id     uuid,
    issued_at         timestamptz not null
);
