-- The two issuance limits (Langfang): the department hands the result to the issuance window within
-- 1 working day of deciding; the window tells the applicant within 1 working day of its arrival.
alter table issuance_record drop constraint issuance_record_status_check;
alter table issuance_record add constraint issuance_record_status_check
    check (status in ('WAITING_FOR_BUNDLE', 'AWAITING_ARRIVAL', 'READY', 'DELIVERED'));
alter table issuance_record add column arrival_due_at timestamptz;
alter table issuance_record add column arrived_at timestamptz;
alter table issuance_record add column arrived_from text;
alter table issuance_record add column notify_due_at timestamptz;
alter table issuance_record add column notified_at timestamptz;
alter table issuance_record add column arrival_warn_at timestamptz;
alter table issuance_record add column arrival_warned_at timestamptz;
alter table issuance_record add column arrival_overdue_at timestamptz;
alter table issuance_record add column notify_warn_at timestamptz;
alter table issuance_record add column notify_warned_at timestamptz;
alter table issuance_record add column notify_overdue_at timestamptz;

-- The applicant notices (notification outbox): written in the same transaction as the state that
-- calls for them, sent by a dispatcher through a pluggable sender, retried with back-off; a failure
-- stays visible, nothing is silently dropped.
create table notification (
    id              uuid        primary key,
    case_id         text        not null,
    kind            text        not null,
    channel         text        not null,
    recipient       text        not null,
    body            text        not null,
    status          text        not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        int         not null default 0,
    last_error      text,
    next_attempt_at timestamptz not null,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    unique (case_id, kind)
);
create index notification_due on notification (next_attempt_at) where status = 'PENDING';
