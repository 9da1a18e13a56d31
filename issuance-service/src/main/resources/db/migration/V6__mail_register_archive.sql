-- Express mail (邮寄送达): handed to the carrier with its waybill, tracked, delivered or returned.
alter table issuance_record drop constraint issuance_record_status_check;
alter table issuance_record add constraint issuance_record_status_check
    check (status in ('WAITING_FOR_BUNDLE', 'AWAITING_ARRIVAL', 'READY', 'MAILED', 'DELIVERED', 'ARCHIVED'));
alter table issuance_record add column mailed_at timestamptz;
alter table issuance_record add column mail_status text;
alter table issuance_record add column mail_returned_at timestamptz;
alter table issuance_record add column mail_returns int not null default 0;
alter table issuance_record add column receiver_role text;
create index issuance_record_delivered on issuance_record (delivered_at) where delivered_at is not null;

-- Every tracking update from the carrier, kept (the delivery register shows the last).
create table mail_tracking (
    id         bigserial   primary key,
    case_id    text        not null,
    waybill    text        not null,
    status     text        not null check (status in ('IN_TRANSIT', 'DELIVERED', 'RETURNED')),
    note       text,
    at         timestamptz not null,
    recorded_by text       not null
);
create index mail_tracking_case on mail_tracking (case_id, at);

-- The archive (归档): the case file packaged, its digest kept; the paper originals' place.
create table archive_record (
    case_id        text        primary key,
    package        text        not null,
    sha256         text        not null,
    paper_location text        not null,
    archived_at    timestamptz not null,
    archived_by    text        not null
);
