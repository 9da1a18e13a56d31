-- Catalogue of service items (事项清单). One row per published version of an item; a published
-- version never changes, a change is a new version with its own effective date.
create table catalogue_item (
    code            text        not null,
    version         int         not null,
    name            text        not null,
    department_code text        not null,
    department_name text        not null,
    item_type       text        not null check (item_type in ('IMMEDIATE', 'PROMISED', 'FORWARDED', 'JOINT')),
    statutory_days  int         not null check (statutory_days >= 0),
    promised_days   int         not null check (promised_days >= 0 and promised_days <= statutory_days),
    effective_from  timestamptz not null,
    primary key (code, version)
);

-- Case numbers: hall code, date, sequence. The counter row is bumped in the intake transaction,
-- so a rolled-back intake gives its number back and the sequence stays gap-free.
create table case_number_counter (
    hall       text not null,
    day        date not null,
    last_value int  not null,
    primary key (hall, day)
);

-- A case (办件) as the window took it in.
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
    status             text        not null,
    first_handler_id   text        not null,
    first_handler_name text        not null,
    first_handler_post text        not null,
    accepted_at        timestamptz not null,
    foreign key (item_code, catalogue_version) references catalogue_item (code, version)
);
create index intake_case_handler on intake_case (first_handler_id, accepted_at desc);
