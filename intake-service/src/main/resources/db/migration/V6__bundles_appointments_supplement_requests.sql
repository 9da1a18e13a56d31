-- Several items (or a "一件事" bundle) taken in together: one case per item, joined by the bundle.
alter table intake_case add column bundle_id text;
alter table intake_case add column bundle_code text;
alter table intake_case add column bundle_size int;
create index intake_case_bundle on intake_case (bundle_id) where bundle_id is not null;

-- A notice may concern several items (code@version, comma-separated) and, for a back-office
-- supplement request, an existing case.
alter table intake_notice add column items text;
alter table intake_notice add column case_id text references intake_case (case_id);
alter table intake_notice drop constraint intake_notice_kind_check;
alter table intake_notice add constraint intake_notice_kind_check
    check (kind in ('ONE_TIME_NOTICE', 'RETURN_NOTICE', 'SUPPLEMENT_NOTICE'));
create unique index intake_notice_request on intake_notice (case_id, content) where kind = 'SUPPLEMENT_NOTICE';

-- What a case owes: 容缺 materials at intake (DEFERRAL) or what the back office asked for (REQUEST).
alter table deferred_material add column reason text not null default 'DEFERRAL'
    check (reason in ('DEFERRAL', 'REQUEST'));

-- Appointments (预约) by time slot; checking in at the hall gives a Y ticket, called first.
create table appointment (
    id            uuid        primary key,
    day           date        not null,
    slot_start    time        not null,
    applicant_name text       not null,
    phone         text        not null,
    item_code     text,
    status        text        not null check (status in ('BOOKED', 'CHECKED_IN', 'CANCELLED')),
    booked_by     text        not null,
    booked_at     timestamptz not null,
    ticket_number text
);
create index appointment_slot on appointment (day, slot_start) where status <> 'CANCELLED';
-- a back-office request sets no deadline of its own: its clock simply stays stopped until supplied
alter table deferred_material alter column due_at drop not null;
alter table intake_case add column status_before_request text;
