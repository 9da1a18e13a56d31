-- The first handler follows the case (首办负责, #22 item 7): how far a case has gone since the window, from the
-- department's and the issuance window's events (CaseFollowing): IN_DEPARTMENT (queued), DECIDED, RESULT_READY,
-- DELIVERED — only ever forward, whatever order the two topics' events arrive in. The decision (APPROVED, DENIED,
-- NOT_ACCEPTED, TERMINATED) is kept on its own: a result is handed out whichever it was. The window's own status
-- (what it did, what the applicant still owes it) stays as it was; the window shows the two read together.
alter table intake_case add column progress text
    check (progress in ('IN_DEPARTMENT', 'DECIDED', 'RESULT_READY', 'DELIVERED'));
alter table intake_case add column progress_at timestamptz;
alter table intake_case add column decision text
    check (decision in ('APPROVED', 'DENIED', 'NOT_ACCEPTED', 'TERMINATED'));
-- deliveries read before this migration (V11's delivered_at) are delivered cases
update intake_case set progress = 'DELIVERED', progress_at = delivered_at where delivered_at is not null;
-- "my cases" without a day (the day's, and the clerk's earlier cases not yet delivered) reads intake_case_handler

-- Unused powers (#22 item 8): 账号使用权 (SYSTEM_ACCOUNT) leaves the register — OneWindow has no act it allows
-- (Power's comment says why). A delegation that granted nothing else is ended (its window could do nothing under it
-- anyway); every other keeps its remaining powers.
update delegation set ended_at = now(), ended_by = 'V13', end_reason = '账号使用权不再登记（系统中无此项办理行为），未授予其他权限'
    where powers = 'SYSTEM_ACCOUNT' and ended_at is null;
update delegation set powers = array_to_string(array_remove(string_to_array(powers, ','), 'SYSTEM_ACCOUNT'), ',')
    where position(',SYSTEM_ACCOUNT,' in ',' || powers || ',') > 0;
