-- "My cases" of a first handler and the day's ledger read cases by the day they were taken in.
create index if not exists intake_case_accepted_at on intake_case (accepted_at);
create index if not exists intake_case_first_handler on intake_case (first_handler_id, accepted_at);
