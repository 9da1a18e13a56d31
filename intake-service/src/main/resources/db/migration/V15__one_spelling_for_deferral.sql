-- 容缺受理 had two spellings: the intake path ACCEPTED_WITH_DEFERRED_MATERIALS and the case status
-- ACCEPTED_WITH_DEFERRAL. One term, one spelling (#21): the status now says what the path says.
update intake_case set status = 'ACCEPTED_WITH_DEFERRED_MATERIALS' where status = 'ACCEPTED_WITH_DEFERRAL';
update intake_case set status_before_request = 'ACCEPTED_WITH_DEFERRED_MATERIALS'
 where status_before_request = 'ACCEPTED_WITH_DEFERRAL';
