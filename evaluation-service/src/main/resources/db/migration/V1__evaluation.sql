-- Cases open for 好差评 once their result was delivered.
create table evaluation_case (
    case_id         text        primary key,
    department_code text        not null,
    delivered_at    timestamptz not null
);
-- One rating per case and stage (FRONT_DESK, BACK_OFFICE): the primary key refuses a second.
create table rating (
    case_id    text        not null references evaluation_case (case_id),
    stage      text        not null check (stage in ('FRONT_DESK', 'BACK_OFFICE')),
    level      int         not null check (level between 1 and 5),
    channel    text        not null,
    reason     text,
    rated_at   timestamptz not null,
    primary key (case_id, stage)
);
-- Every bad rating (不满意, 非常不满意) opens a rectification work order: verify, rectify, answer.
create table rectification_order (
    id         bigserial   primary key,
    case_id    text        not null,
    stage      text        not null,
    status     text        not null check (status in ('OPEN', 'VERIFIED', 'RECTIFIED', 'ANSWERED', 'ESCALATED')),
    opened_at  timestamptz not null,
    deadline   timestamptz not null,
    unique (case_id, stage)
);
