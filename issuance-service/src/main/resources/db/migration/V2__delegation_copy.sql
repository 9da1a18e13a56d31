-- issuance's own copy of the delegation register (from onewindow.delegation.v1): the issuance window
-- hands a result out only while the department's deliver power (送达权) for the item is in force.
alter table issuance_record add column item_code text;
create table delegation_copy (
    id              text        primary key,
    hall            text        not null,
    item_code       text        not null,
    powers          text        not null,
    starts_at       timestamptz not null,
    ended_at        timestamptz
);
create index delegation_copy_item on delegation_copy (item_code, starts_at desc);
