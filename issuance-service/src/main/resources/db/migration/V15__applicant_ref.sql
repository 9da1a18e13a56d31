-- The applicant of each case, by pseudonym (#23): CaseTakenIn's applicantRef (HMAC of the ID number or the
-- organisation's code under the hall's key; issuance never holds the number). An applicant's login finds their notices
-- and certificates by it. Cases taken in before it existed have no row: their applicant sees none of them here.
create table case_applicant (
    case_id       text        primary key,
    applicant_ref text        not null check (applicant_ref ~ '^[0-9a-f]{64}$'),
    recorded_at   timestamptz not null
);
create index case_applicant_ref on case_applicant (applicant_ref);
