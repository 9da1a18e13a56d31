-- Which instance of the service applied the event (service:port, or the pod name): shows that several
-- instances share a topic's partitions, and which one to look at when an event went wrong.
-- Repeatable (R__) and idempotent, so this shared schema change never sorts among a service's own versions.
alter table processed_event add column if not exists handled_by text;
