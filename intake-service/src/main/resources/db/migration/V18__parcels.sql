-- 快递寄送材料 (#23 item 6): a parcel of application materials the hall signed for (签收) and registered. The waybill
-- (carrier and number) names it: registering it again returns the first registration. The case it became, or the
-- notice it was returned with, is kept with it; the sender's phone and address are personal data (notices, delivery).
create table parcel (
    id              uuid        primary key,
    carrier         text        not null,
    waybill_number  text        not null,
    sender_name     text        not null,
    sender_phone    text        not null,
    sender_address  text        not null,
    contents        text        not null, -- the materials as the cover letter lists them: a JSON array of names or codes
    item_code       text,
    status          text        not null check (status in ('REGISTERED', 'TAKEN_IN', 'RETURNED')),
    registered_at   timestamptz not null,
    registered_by   text        not null,
    registered_by_name text,
    case_id         text,
    taken_in_at     timestamptz,
    returned_at     timestamptz,
    return_reason   text,
    notice_number   text,
    unique (carrier, waybill_number)
);
create index parcel_by_status on parcel (status, registered_at);
