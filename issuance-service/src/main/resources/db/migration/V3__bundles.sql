-- A bundle is issued once, when all its parts are ready: each part waits until the bundle joined
-- (routing's announcement) and every part's result is here.
alter table issuance_record drop constraint issuance_record_status_check;
alter table issuance_record add constraint issuance_record_status_check
    check (status in ('WAITING_FOR_BUNDLE', 'READY', 'DELIVERED'));
alter table issuance_record add column bundle_id text;
alter table issuance_record add column bundle_size int;
alter table issuance_record alter column ready_at drop not null;
create index issuance_record_bundle on issuance_record (bundle_id) where bundle_id is not null;
create table bundle_joined (
    bundle_id text        primary key,
    size      int         not null,
    joined_at timestamptz not null
);
