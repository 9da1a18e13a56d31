-- Webhooks (#25): a department registers an address that receives its cases' events as CloudEvents over HTTP —
-- pushed, where the feed is polled (docs/webhooks.md).

-- A department's registered receiver, its cursor and what went wrong last.
create table webhook_subscription (
    id                   uuid        primary key,
    department_code      text        not null,
    url                  text        not null,
    -- the HMAC key as Standard Webhooks writes it ("whsec_" + base64): shown once at registration, never again
    secret               text        not null,
    created_at           timestamptz not null,
    created_by           text        not null,
    -- the position of the last event the receiver acknowledged with a 2xx; delivery goes on after it
    cursor_position      bigint      not null,
    consecutive_failures int         not null default 0,
    last_error           text,
    last_error_at        timestamptz,
    last_attempt_at      timestamptz,
    last_success_at      timestamptz,
    -- after a failure, the earliest next attempt (exponential back-off); null: the next round
    next_attempt_at      timestamptz,
    -- the delivery round (of one instance) that sends to it now, until when
    lease_token          uuid,
    lease_until          timestamptz
);
create index webhook_subscription_department on webhook_subscription (department_code);

-- Every event of a department that has a webhook, written in the transaction of the act it announces (for the window's
-- supplement-received: of approval's handling of it), so none is lost and none is kept twice.
create table webhook_delivery (
    seq             bigserial   primary key,
    -- the writing transaction: a row is given its position only once every transaction older than this one has
    -- ended (WebhookNumbering), so a cursor never passes a row that commits late
    txid            xid8        not null default pg_current_xact_id(),
    -- the delivery order (ce-sequence), the cursor and replay count in it; null until numbered
    position        bigint      unique,
    department_code text        not null,
    case_id         text        not null,
    event_id        text        not null,
    event_type      text        not null,
    source          text        not null,
    occurred_at     timestamptz not null,
    data            text        not null,
    recorded_at     timestamptz not null,
    unique (department_code, event_id)
);
create index webhook_delivery_unnumbered on webhook_delivery (txid, seq) where position is null;
create index webhook_delivery_department on webhook_delivery (department_code, position);

-- The last position given. A counter of its own rather than max(position): retention may delete the newest rows,
-- and a position given again would sit behind cursors that already passed it.
create table webhook_position (
    id   int    primary key check (id = 1),
    last bigint not null
);
insert into webhook_position (id, last) values (1, 0);
