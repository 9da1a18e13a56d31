-- 区域通办: the halls of a case (copied from the take-in; null for cases routed before halls: the home hall for all
-- three), and the express transfer of a file taken in at one hall for another hall's item — the paper travels by
-- express (carrier and waybill), within working days counted in the taking hall's office hours, not in minutes.
alter table routing_assignment add column hall_code text;
alter table routing_assignment add column owning_hall_code text;
alter table routing_assignment add column pickup_hall_code text;
alter table routing_assignment add column transfer_limit_days int;
alter table routing_assignment add column carrier text;
alter table routing_assignment add column waybill text;
