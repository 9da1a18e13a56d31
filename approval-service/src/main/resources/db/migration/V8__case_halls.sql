-- 区域通办: the halls of a case, as routing copied them from the take-in — the hall whose window took the file in, the
-- hall owning the item (its department decides here; its office hours count the acceptance minutes and the warnings)
-- and the hall where the result is collected (handed on to issuance with the decision). Cases queued before halls:
-- null, the home hall.
alter table approval_case add column hall_code text;
alter table approval_case add column owning_hall_code text;
alter table approval_case add column pickup_hall_code text;
