-- 办不成事 complaints become supervision work orders (督办工单): the supervisor names a lead
-- section, which answers in writing within 3 working days of receipt; escalated when it does not.
create table supervision_order (
    id               bigserial   primary key,
    case_id          text,
    complainant_name text        not null,
    phone            text,
    content          text        not null,
    channel          text        not null,
    received_by      text        not null,
    received_at      timestamptz not null,
    feedback_due_at  timestamptz not null,
    lead_section     text,
    assigned_at      timestamptz,
    feedback         text,
    feedback_by      text,
    feedback_at      timestamptz,
    escalated_at     timestamptz,
    status           text        not null check (status in ('RECEIVED', 'ASSIGNED', 'ANSWERED'))
);
create index supervision_order_open on supervision_order (feedback_due_at) where feedback_at is null;

-- Rating invitations: a case still unrated some days after delivery is invited once.
alter table evaluation_case add column invited_at timestamptz;
