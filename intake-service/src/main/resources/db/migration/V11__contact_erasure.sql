-- The applicant's contact is not kept for ever (#20, item 11): when issuance hands the result out (delivered_at,
-- from onewindow.issuance.case.v1), and a week later (onewindow.intake.contact-retention) ContactErasure sends the
-- contact topic a tombstone and clears the window's own copy (contact_erased_at).
alter table intake_case add column delivered_at timestamptz;
alter table intake_case add column contact_erased_at timestamptz;
-- what the erasure looks for: a contact still held, by delivery time (cases without a contact never enter it)
create index intake_case_contact_to_erase on intake_case (delivered_at)
    where contact_erased_at is null and (contact_phone is not null or contact_email is not null);
