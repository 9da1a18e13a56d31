-- The whole back-office life of a case: acceptance decision for files the window only received,
-- examination steps, supplement requests, decisions, 容缺 expiry — and every clock, kept here.
alter table approval_case drop constraint approval_case_status_check;
alter table approval_case add constraint approval_case_status_check check (status in
    ('AWAITING_ACCEPTANCE', 'QUEUED', 'APPROVED', 'DENIED', 'NOT_ACCEPTED', 'TERMINATED'));
alter table approval_case add column intake_path text not null default 'ACCEPTED_ON_SPOT';
alter table approval_case add column accepted_at timestamptz;
alter table approval_case add column bundle_id text;
alter table approval_case add column bundle_code text;
alter table approval_case add column bundle_size int;
alter table approval_case add column assignee_id text;
alter table approval_case add column assignee_name text;
alter table approval_case add column claimed_at timestamptz;
-- the clock that runs now: ACCEPTANCE_MINUTES (20 office minutes while the applicant waits),
-- ACCEPTANCE_DAYS (5 working days after a receipt) or DECISION (the promised limit); its budget
-- in minutes or working days; deadline and warn_at derived from it (null while it is stopped)
alter table approval_case add column clock_kind text not null default 'DECISION'
    check (clock_kind in ('ACCEPTANCE_MINUTES', 'ACCEPTANCE_DAYS', 'DECISION'));
alter table approval_case add column clock_start timestamptz;
alter table approval_case add column clock_budget int not null default 0;
alter table approval_case alter column deadline drop not null;
alter table approval_case add column warn_at timestamptz;
alter table approval_case add column warned_at timestamptz;
alter table approval_case add column overdue_at timestamptz;
-- 容缺: owed materials are due then; supplied (or not) decides termination
alter table approval_case add column deferred_until timestamptz;
alter table approval_case add column deferral_settled boolean not null default false;
alter table approval_case add column denial_due_at timestamptz;
alter table approval_case add column remedies text;
alter table approval_case add column result_number text;
alter table approval_case add column valid_until date;
-- the department feed: a cursor over the cases as they arrive, per department
create sequence approval_feed_seq;
alter table approval_case add column feed_seq bigint not null default nextval('approval_feed_seq');
create index approval_case_feed on approval_case (department_code, feed_seq);
create index approval_case_warn on approval_case (warn_at) where warned_at is null and warn_at is not null;
create index approval_case_overdue on approval_case (deadline) where overdue_at is null and deadline is not null;
create index approval_case_deferral on approval_case (deferred_until) where deferral_settled = false and deferred_until is not null;

-- Every stop of a clock (补正, inspection, expert review, fee), with its resumption.
create table clock_suspension (
    case_id      text        not null references approval_case (case_id),
    seq          int         not null,
    clock_kind   text        not null,
    reason       text        not null,
    suspended_at timestamptz not null,
    resumed_at   timestamptz,
    primary key (case_id, seq)
);

-- Examination steps (审查环节): who did what and when; some stop the clock.
create table examination_step (
    id           uuid        primary key,
    case_id      text        not null references approval_case (case_id),
    kind         text        not null check (kind in ('SITE_CHECK', 'INSPECTION', 'EXPERT_REVIEW', 'FEE', 'SUPPLEMENT')),
    note         text,
    amount_cents bigint,
    started_at   timestamptz not null,
    started_by   text        not null,
    ended_at     timestamptz,
    ended_by     text,
    outcome      text,
    payment_ref  text
);
create index examination_step_case on examination_step (case_id, started_at);
create unique index examination_step_open_supplement on examination_step (case_id) where kind = 'SUPPLEMENT' and ended_at is null;
