-- Written decisions for the applicant (#22 item 10): a refusal, a denial or a 容缺 termination is issued like any
-- result; its record keeps what the letter prints — reasons, legal basis, the deciding authority, the remedies —
-- and, for a termination, when its written denial was due (2 working days). Null for approvals and for
-- decisions recorded before these existed (the letter then prints the generic wording).
alter table issuance_record add column item_name text;
alter table issuance_record add column reasons text;
alter table issuance_record add column legal_basis text;
alter table issuance_record add column authority text;
alter table issuance_record add column remedies text;
alter table issuance_record add column denial_due_at timestamptz;
