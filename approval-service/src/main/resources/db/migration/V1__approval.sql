-- A department's work on a case (后台分类审批): its queue, deadline and decision.
create table approval_case (
    case_id          text        primary key,
    item_code        text        not null,
    item_name        text        not null,
    department_code  text        not null,
    queue            text        not null,
    item_type        text        not null,
    promised_days    int         not null,
    applicant_name   text        not null,
    delivery_method  text        not null,
    status           text        not null check (status in ('QUEUED', 'APPROVED', 'DENIED')),
    queued_at        timestamptz not null,
    deadline         timestamptz not null,
    outcome          text,
    result_kind      text,
    result_title     text,
    reasons          text,
    decided_by_id    text,
    decided_by_name  text,
    decided_by_post  text,
    decided_at       timestamptz,
    version          int         not null default 0
);
-- the department queue: open cases of a department by deadline
create index approval_case_queue on approval_case (department_code, status, deadline);
