-- 全程留痕: every act on a case (who, post, department, delegation, catalogue version, when, what), in the
-- database of the service that did it, chained by hashes (TrailChain): an edited or deleted past entry
-- is found by `ow trail verify`. Written with the act's event in the same transaction (Outbox); the chainer
-- sets position, prev_hash and hash once. Repeatable and idempotent, like the other R__ scripts here.
create table if not exists trail_entry (
    seq               bigserial   primary key,
    position          bigint      unique,
    event_id          uuid        not null unique,
    aggregate_type    text        not null,
    aggregate_id      text        not null,
    event_type        text        not null,
    actor_id          text,
    actor_name        text,
    actor_post        text,
    actor_department  text,
    delegation        text,
    catalogue_version text,
    occurred_at       timestamptz not null,
    what              text        not null,
    prev_hash         text,
    hash              text
);
create index if not exists trail_entry_waiting on trail_entry (seq) where position is null;
create index if not exists trail_entry_aggregate on trail_entry (aggregate_id);

-- Append-only: the one change allowed is the chainer's, once, to an entry not yet chained (position, prev_hash and
-- hash set, nothing else changed). The rule is the trigger's WHEN condition, which PostgreSQL evaluates itself: the
-- chainer's update calls no function, where a PL/pgSQL check comparing the rows as JSON took half of the chain's
-- time under load (docs/performance.md, session 29). Every other column is named here: a column added to the table
-- must be added to the list (TrailAppendOnlyTest reads the table's columns from the catalogue and fails on one left out).
create or replace function trail_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the trail is append-only (全程留痕): % refused', tg_op;
end $$;
drop trigger if exists trail_entry_append_only on trail_entry;
create trigger trail_entry_append_only before update on trail_entry
    for each row when (old.position is not null or old.prev_hash is not null or old.hash is not null
        or (new.seq, new.event_id, new.aggregate_type, new.aggregate_id, new.event_type, new.actor_id, new.actor_name,
            new.actor_post, new.actor_department, new.delegation, new.catalogue_version, new.occurred_at, new.what)
           is distinct from
           (old.seq, old.event_id, old.aggregate_type, old.aggregate_id, old.event_type, old.actor_id, old.actor_name,
            old.actor_post, old.actor_department, old.delegation, old.catalogue_version, old.occurred_at, old.what))
    execute function trail_entry_append_only();
drop trigger if exists trail_entry_no_delete on trail_entry;
create trigger trail_entry_no_delete before delete on trail_entry
    for each row execute function trail_entry_append_only();
drop trigger if exists trail_entry_no_truncate on trail_entry;
create trigger trail_entry_no_truncate before truncate on trail_entry
    for each statement execute function trail_entry_append_only();
