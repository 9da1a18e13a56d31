-- 快递寄送材料 (#23 item 6): the applicant of a postal application is not in the hall. Intake's contact record says
-- so (channel POST): a supplement request (补正告知), which the window hands over to an applicant present, is then sent
-- to this contact as a notice instead. 缴费通知 needs no column: one notice per fee step (kind FEE_NOTICE:<step>).
alter table applicant_contact add column channel text;
