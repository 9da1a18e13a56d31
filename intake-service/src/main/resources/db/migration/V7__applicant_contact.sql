-- How the applicant is reached for notices (optional): kept with the case, sent to issuance alone.
alter table intake_case add column contact_phone text;
alter table intake_case add column contact_email text;
