-- An agent (代办人/被委托人) acting for the applicant under a power of attorney.
alter table intake_case add column agent_name text;
alter table intake_case add column agent_id text;
