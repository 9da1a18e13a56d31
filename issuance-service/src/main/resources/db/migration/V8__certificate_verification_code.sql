-- The verification code (核验码) of an e-certificate: random, printed on it and in its QR link. A public lookup
-- needs it besides the certificate's number, which follows the case number and so can be guessed (#20, item 9).
-- Certificates issued before get a random code of their own here (their printed QR links, which carry only the
-- number, no longer open the public view; their signed JSON still verifies).
alter table e_certificate add column verification_code text;
update e_certificate set verification_code = upper(replace(gen_random_uuid()::text, '-', '')) where verification_code is null;
-- a default as well: during a rolling update the replica still running the previous version inserts
-- certificates without a code, and must neither fail nor leave one without
alter table e_certificate alter column verification_code set default upper(replace(gen_random_uuid()::text, '-', ''));
alter table e_certificate alter column verification_code set not null;
create unique index e_certificate_verification_code on e_certificate (verification_code);
