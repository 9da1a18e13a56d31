-- How each case's applicant is reached (from intake's contact topic): personal data used only to send
-- the notices; never logged, never on a case topic.
create table applicant_contact (
    case_id     text        primary key,
    phone       text,
    email       text,
    recorded_at timestamptz not null
);
