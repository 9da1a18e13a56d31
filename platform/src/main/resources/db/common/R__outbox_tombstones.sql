-- A tombstone (Outbox.tombstone) is an outbox row without a payload: the relay sends its key with no value,
-- and a compacted topic then drops every earlier record of that key (the applicant's contact once the case is
-- done, #20 item 11). Repeatable (R__) and idempotent, like the other shared schema changes here.
alter table outbox_event alter column payload drop not null;
