-- Departments whose items the hall handles.
create table department (
    code text primary key,
    name text not null
);

-- Catalogue of service items (事项清单). One row per published version of an item; a published
-- version never changes: a change is a new version with a later effective date, announced at least
-- 10 days before (a cancellation, status CANCELLED, 5 days). The key columns serve queries;
-- "definition" holds the version's full content (materials, review points, 容缺 rules, …) as JSON.
create table catalogue_item (
    code            text        not null,
    version         int         not null,
    name            text        not null,
    department_code text        not null references department (code),
    department_name text        not null,
    item_type       text        not null check (item_type in ('IMMEDIATE', 'PROMISED', 'FORWARDED', 'JOINT')),
    statutory_days  int         not null check (statutory_days >= 0),
    promised_days   int         not null check (promised_days >= 0 and promised_days <= statutory_days),
    status          text        not null check (status in ('ACTIVE', 'CANCELLED')),
    announced_at    timestamptz not null,
    effective_from  timestamptz not null check (effective_from >= announced_at),
    announced_by    text        not null,
    definition      text        not null,
    primary key (code, version)
);
create index catalogue_item_in_force on catalogue_item (code, effective_from desc);
create index catalogue_item_department on catalogue_item (department_code);

-- "一件事" bundles: one form, several items, parallel approval, one issuance.
create table bundle (
    code       text primary key,
    name       text not null,
    item_codes text not null   -- comma-separated, in the order the form lists them
);

-- Delegations (委托授权书): a department's powers granted to the hall's windows, item by item.
-- Runs 2 years from starts_at and renews itself unless ended; ends with the item's cancellation.
create table delegation (
    id              uuid        primary key,
    hall            text        not null,
    department_code text        not null references department (code),
    item_code       text        not null,
    powers          text        not null,  -- comma-separated Power names
    starts_at       timestamptz not null,
    term_years      int         not null default 2,
    auto_renew      boolean     not null default true,
    signed_by       text        not null,
    signed_at       timestamptz not null,
    ended_at        timestamptz,
    ended_by        text,
    end_reason      text
);
create index delegation_item on delegation (hall, item_code, starts_at desc);

-- Case numbers: hall code, date, sequence. The counter row is bumped in the intake transaction,
-- so a rolled-back intake gives its number back and the sequence stays gap-free.
create table case_number_counter (
    hall       text not null,
    day        date not null,
    last_value int  not null,
    primary key (hall, day)
);

-- A case (办件) as the window took it in, with the authority it was taken in under.
create table intake_case (
    case_id            text        primary key,
    item_code          text        not null,
    catalogue_version  int         not null,
    department_code    text        not null,
    applicant_kind     text        not null check (applicant_kind in ('PERSON', 'ORGANISATION')),
    applicant_name     text        not null,
    applicant_id       text        not null,
    delivery_method    text        not null check (delivery_method in ('PICKUP', 'EXPRESS_MAIL')),
    delivery_address   text,
    intake_path        text        not null,
    document_kind      text        not null,
    status             text        not null,
    delegation_id      uuid        references delegation (id),
    first_handler_id   text        not null,
    first_handler_name text        not null,
    first_handler_post text        not null,
    accepted_at        timestamptz not null,
    foreign key (item_code, catalogue_version) references catalogue_item (code, version)
);
create index intake_case_handler on intake_case (first_handler_id, accepted_at desc);
