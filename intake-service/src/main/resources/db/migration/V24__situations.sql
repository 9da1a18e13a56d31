-- 情形 (issue #24, item 3): the situation of the item a case was taken in for, chosen by the catalogue's questions.
-- Its name is kept as the version in force named it (a later version may rename it), and the limits the case got from it:
-- a situation may set its own statutory and promised working days, which are then the case's (CaseTakenIn carries them).
-- All null for a case of an item without situations, and for every case taken in before situations existed.
alter table intake_case add column situation_code text;
alter table intake_case add column situation_name text;
alter table intake_case add column statutory_days integer check (statutory_days >= 0);
alter table intake_case add column promised_days integer check (promised_days >= 0);
