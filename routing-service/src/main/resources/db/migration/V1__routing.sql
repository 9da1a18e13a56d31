-- Which department's back office decides a case (按责转办), and when the file was handed over.
create table routing_assignment (
    case_id          text        primary key,
    item_code        text        not null,
    department_code  text        not null,
    queue            text        not null,
    item_type        text        not null,
    accepted_at      timestamptz not null,
    routed_at        timestamptz not null,
    source_event_id  text        not null
);
create index routing_assignment_department on routing_assignment (department_code, routed_at);
