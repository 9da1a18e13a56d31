-- The rectification work order's steps (verify → rectify → answer), its escalation when the deadline
-- passes unanswered, and the department's appeal against a mistaken rating.
alter table rectification_order add column department_code text;
alter table rectification_order add column level int;
alter table rectification_order add column verified_at timestamptz;
alter table rectification_order add column finding text;
alter table rectification_order add column rectified_at timestamptz;
alter table rectification_order add column measures text;
alter table rectification_order add column answered_at timestamptz;
alter table rectification_order add column answer text;
alter table rectification_order add column handled_by text;
alter table rectification_order add column escalated_at timestamptz;
alter table rectification_order add column appeal_reason text;
alter table rectification_order add column appeal_status text check (appeal_status in ('PENDING', 'UPHELD', 'REJECTED'));
alter table rectification_order add column appeal_reviewed_by text;
create index rectification_overdue on rectification_order (deadline) where answered_at is null and escalated_at is null;

-- What statistics need about each case, from intake's accepted events: item, department, the clerk
-- who took it in (first handler), when. Statistics are computed from these and the ratings only.
create table case_fact (
    case_id         text        primary key,
    item_code       text        not null,
    item_name       text        not null,
    department_code text        not null,
    clerk_id        text        not null,
    clerk_name      text        not null,
    accepted_at     timestamptz not null
);
-- a rating whose appeal was upheld (mistaken, reviewed) does not count
alter table rating add column excluded boolean not null default false;
