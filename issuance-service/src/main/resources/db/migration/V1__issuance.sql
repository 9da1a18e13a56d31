-- Results at the unified issuance window (统一窗口出件) and their delivery register.
create table issuance_record (
    case_id          text        primary key,
    department_code  text        not null,
    outcome          text        not null,
    result_kind      text,
    result_title     text        not null,
    applicant_name   text        not null,
    delivery_method  text        not null,
    status           text        not null check (status in ('READY', 'DELIVERED')),
    decided_at       timestamptz not null,
    ready_at         timestamptz not null,
    delivered_at     timestamptz,
    received_by      text,
    identity_checked boolean,
    signature        text,
    carrier          text,
    waybill          text,
    handed_by_id     text,
    handed_by_name   text,
    version          int         not null default 0
);
create index issuance_record_status on issuance_record (status, ready_at);
