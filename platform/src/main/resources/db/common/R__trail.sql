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

-- Append-only: the one change allowed is the chainer's, once, to an entry not yet chained.
create or replace function trail_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.position is null and old.hash is null
       and to_jsonb(new) - 'position' - 'prev_hash' - 'hash' = to_jsonb(old) - 'position' - 'prev_hash' - 'hash' then
        return new;
    end if;
    raise exception 'the trail is append-only (全程留痕): % refused', tg_op;
end $$;
drop trigger if exists trail_entry_append_only on trail_entry;
create trigger trail_entry_append_only before update or delete on trail_entry
    for each row execute function trail_entry_append_only();
drop trigger if exists trail_entry_no_truncate on trail_entry;
create trigger trail_entry_no_truncate before truncate on trail_entry
    for each statement execute function trail_entry_append_only();
