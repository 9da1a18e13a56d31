-- The paper file's way from the window to the back office (物料流转): picked up by a runner,
-- confirmed by the receiving department; urgent files within 10 office minutes, others within 30.
alter table routing_assignment add column intake_path text;
alter table routing_assignment add column bundle_id text;
alter table routing_assignment add column transfer_limit_minutes int;
alter table routing_assignment add column transfer_due_at timestamptz;
alter table routing_assignment add column transfer_warn_at timestamptz;
alter table routing_assignment add column picked_up_by text;
alter table routing_assignment add column picked_up_by_name text;
alter table routing_assignment add column picked_up_at timestamptz;
alter table routing_assignment add column materials text;
alter table routing_assignment add column handed_over_at timestamptz;
alter table routing_assignment add column received_by text;
alter table routing_assignment add column received_by_name text;
alter table routing_assignment add column transfer_warned_at timestamptz;
alter table routing_assignment add column escalated_at timestamptz;
alter table routing_assignment add column version int not null default 0;
create index routing_transfer_open on routing_assignment (transfer_due_at) where handed_over_at is null and transfer_due_at is not null;

-- A bundle joins again when its last department has decided (一件事汇合).
create table bundle_part (
    bundle_id       text        not null,
    case_id         text        not null,
    bundle_size     int         not null,
    department_code text        not null,
    outcome         text        not null,
    decided_at      timestamptz not null,
    primary key (bundle_id, case_id)
);
create table bundle_join (
    bundle_id text        primary key,
    size      int         not null,
    joined_at timestamptz not null
);

-- Escalations to the coordinator (督办): a limit passed and someone must act.
create table escalation (
    id              uuid        primary key,
    case_id         text        not null,
    kind            text        not null,
    department_code text        not null,
    raised_at       timestamptz not null,
    details         text        not null,
    acknowledged_by text,
    acknowledged_at timestamptz
);
create unique index escalation_once on escalation (case_id, kind);
create index escalation_open on escalation (raised_at) where acknowledged_at is null;
