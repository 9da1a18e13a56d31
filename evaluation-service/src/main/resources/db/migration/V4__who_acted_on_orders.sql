-- Who acted on a work order (#20): every act keeps the actor's id and name, as approval keeps the
-- decider's, so that an act can be traced to a person (and a department) later. handled_by stays the
-- name of whoever took the last step.
alter table rectification_order add column verified_by text;
alter table rectification_order add column verified_by_id text;
alter table rectification_order add column rectified_by text;
alter table rectification_order add column rectified_by_id text;
alter table rectification_order add column answered_by text;
alter table rectification_order add column answered_by_id text;
alter table rectification_order add column appealed_by text;
alter table rectification_order add column appealed_by_id text;
alter table rectification_order add column appealed_at timestamptz;
alter table rectification_order add column appeal_reviewed_by_id text;
alter table rectification_order add column appeal_reviewed_at timestamptz;

alter table supervision_order add column received_by_id text;
alter table supervision_order add column assigned_by text;
alter table supervision_order add column assigned_by_id text;
alter table supervision_order add column feedback_by_id text;
