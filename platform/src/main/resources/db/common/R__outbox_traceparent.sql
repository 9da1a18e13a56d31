-- The W3C traceparent of the act that wrote the event: the relay sends the event as part of that trace,
-- so one trace follows a case from the REST call through every Kafka hop (docs/runbook.md, "Traces").
-- Repeatable (R__) and idempotent, like R__processed_event_handled_by.sql.
alter table outbox_event add column if not exists traceparent text;
