-- 一次性告知 across rounds (#22, item 2): after the applicant supplied a supplement request, another is allowed only
-- for a problem the newly supplied material raised. Each request keeps its round on the case (1 for the first) and a
-- later round its reason; supervision lists the later rounds by the time they were made.
alter table examination_step add column request_round int;
alter table examination_step add column repeat_reason text;
alter table examination_step add constraint examination_step_repeat_has_reason
    check (request_round is null or request_round = 1 or repeat_reason is not null);
create index examination_step_repeat_requests on examination_step (started_at) where kind = 'SUPPLEMENT' and request_round > 1;
