-- A take-in sent again with the same Idempotency-Key (the window's retry after an answer was lost to
-- a network or service failure) gets the first answer back instead of taking the file in twice.
-- Written in the take-in's own transaction, so the key exists exactly when the case does.
create table if not exists intake_submission (
    clerk_id        varchar(100) not null,
    idempotency_key varchar(100) not null,
    request_hash    varchar(64)  not null,
    status          int          not null,
    outcome         jsonb        not null,
    submitted_at    timestamptz  not null,
    primary key (clerk_id, idempotency_key)
);
