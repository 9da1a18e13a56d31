-- Every case event of every service, as the gateway received it: one timeline per case.
create table timeline_entry (
    event_id    text        primary key,
    case_id     text        not null,
    event_type  text        not null,
    source      text        not null,
    topic       text        not null,
    occurred_at timestamptz not null,
    actor_name  text,
    actor_post  text,
    data        text        not null,
    received_at timestamptz not null
);
create index timeline_entry_case on timeline_entry (case_id, occurred_at);
