-- A case's notices by case id: the applicant's rating link is looked up this way (the bench's applicants,
-- the system tests, an operator answering "did the applicant get it?"), not by scanning every notice.
create index notification_by_case on notification (case_id, kind);
