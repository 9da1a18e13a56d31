-- 咨询答复 and 热线工单 (#24 item 5): an enquiry from the hotline, the hall or a department is a work order of the
-- department that owns the item, answered in writing within 3 working days of receipt, escalated once when late,
-- visited back (回访) with the enquirer's rating; an answered enquiry may become an FAQ entry of its item once the
-- hall admin approves the edited wording. And 回访 after service: each month a share of the delivered cases.

-- evaluation's copy of the catalogue (the compacted catalogue topic): which department owns an item, from when
create table enquiry_item (
    code            text        not null,
    version         int         not null,
    effective_from  timestamptz not null,
    department_code text        not null,
    department_name text,
    item_name       text        not null,
    cancelled       boolean     not null default false,
    primary key (code, version)
);
create index enquiry_item_in_force on enquiry_item (code, effective_from desc);

create sequence enquiry_number_seq;
create table enquiry (
    number          text        primary key,
    source          text        not null check (source in ('HOTLINE', 'HALL', 'DEPARTMENT')),
    forwarded_by    text,
    item_code       text        not null,
    item_name       text        not null,
    department_code text        not null,
    question        text        not null,
    enquirer_name   text        not null,
    phone           text        not null,
    received_by     text        not null,
    received_by_id  text        not null,
    received_at     timestamptz not null,
    due_at          timestamptz not null,
    answer          text,
    answered_by     text,
    answered_by_id  text,
    answered_at     timestamptz,
    -- set by the monitor with its own SQL (MonitorFlags), never by a person's save
    escalated_at    timestamptz,
    -- 回访: the last attempt; a visit that reached the enquirer closes it with their rating
    visit_attempts  int         not null default 0,
    visit_reached   boolean,
    visit_satisfaction int      check (visit_satisfaction between 1 and 5),
    visit_note      text,
    visited_by      text,
    visited_by_id   text,
    visited_at      timestamptz
);
create index enquiry_overdue on enquiry (due_at) where answered_at is null and escalated_at is null;
create index enquiry_department on enquiry (department_code, received_at desc);
create index enquiry_received on enquiry (received_at desc);

-- an answered enquiry proposed as an FAQ entry, in the enquiry desk's edited wording; the hall admin decides once
create table faq_proposal (
    id              bigserial   primary key,
    enquiry_number  text        not null unique references enquiry (number),
    item_code       text        not null,
    question        text        not null,
    answer          text        not null,
    proposed_by     text        not null,
    proposed_by_id  text        not null,
    proposed_at     timestamptz not null,
    status          text        not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by      text,
    decided_by_id   text,
    decided_at      timestamptz,
    decision_note   text
);

-- 回访 after service: the month's draw (once per month), and a visit task per drawn delivered case
create table return_visit_month (
    month           text        primary key,
    delivered       int         not null,
    drawn           int         not null,
    share_percent   int         not null,
    drawn_at        timestamptz not null
);
create table return_visit (
    id              bigserial   primary key,
    month           text        not null references return_visit_month (month),
    case_id         text        not null unique,
    department_code text        not null,
    item_name       text,
    delivered_at    timestamptz not null,
    attempts        int         not null default 0,
    reached         boolean,
    channel         text        check (channel in ('PHONE', 'SMS')),
    satisfaction    int         check (satisfaction between 1 and 5),
    note            text,
    visited_by      text,
    visited_by_id   text,
    visited_at      timestamptz
);
create index return_visit_month_idx on return_visit (month);
