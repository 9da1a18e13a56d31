-- The working days a 容缺 owed-by date was counted with (the clerk's limit, else the item's promised one): with the
-- case's acceptance time, what DeferralDeadlineRecount needs to count the date again when the hall admin enters or
-- edits a calendar year. Rows taken in before this column have none, and it cannot be recovered: the clerk's limit
-- was never kept, so they keep the date they were given (shown as provisional while their year is not entered).
alter table deferred_material add column due_working_days int check (due_working_days >= 0);
