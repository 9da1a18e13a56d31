-- 常见问题 from answered enquiries (#24 item 5): the entries the hall admin approved in evaluation (FaqEntryApproved),
-- shown by the public service guide with their item beside the catalogue's own FAQ. One entry per enquiry.
create table approved_faq (
    enquiry_number  text        primary key,
    item_code       text        not null,
    question        text        not null,
    answer          text        not null,
    approved_at     timestamptz not null,
    approved_by     text
);
create index approved_faq_item on approved_faq (item_code, approved_at);
