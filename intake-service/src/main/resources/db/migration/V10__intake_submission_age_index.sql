-- The kept answers of take-ins are forgotten after a week (SubmissionRetention): found by age.
create index if not exists intake_submission_submitted_at on intake_submission (submitted_at);
