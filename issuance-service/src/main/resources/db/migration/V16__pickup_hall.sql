-- 区域通办: the hall whose issuance window hands the result out (the applicant's choice at the take-in, carried by the
-- decision). Its issuance clerks alone act on the result, its lists show it, its opening hours place the limits'
-- warnings. Results placed before halls: null — the home hall (onewindow.hall.code), never a made-up value.
alter table issuance_record add column pickup_hall_code text;
create index issuance_record_hall on issuance_record (pickup_hall_code, status);
