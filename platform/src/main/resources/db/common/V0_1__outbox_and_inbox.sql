-- Transactional outbox: events written with the state change they announce, relayed to Kafka.
create table outbox_event (
    seq            bigserial primary key,
    event_id       uuid        not null unique,
    topic          text        not null,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    event_type     text        not null,
    source         text        not null,
    payload        text        not null,
    occurred_at    timestamptz not null,
    published_at   timestamptz
);
-- the relay only ever reads the unpublished rows, oldest first
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;
create index outbox_event_aggregate on outbox_event (aggregate_id);

-- Inbox: ids of the events a consumer has applied, written in the same transaction as the effect.
create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    event_type   text        not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);
