-- An applicant's own cases (#23, /api/applicant/cases): found by the number the window filed them under (a person's
-- ID number, an organisation's credit code), newest first.
create index intake_case_applicant on intake_case (applicant_id, accepted_at desc);
