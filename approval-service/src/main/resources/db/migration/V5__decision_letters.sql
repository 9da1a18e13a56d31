-- Written decisions for the applicant (#22 item 10): a negative decision names the deciding authority and the
-- provisions it rests on. Both come from approval's own copy of the catalogue (the compacted topic
-- onewindow.catalogue.item.v1), so no call to intake is needed while deciding; the case keeps what was printed.
create table catalogue_copy (
    code            text        not null,
    version         int         not null,
    department_name text,
    legal_basis     text,
    status          text        not null,
    effective_from  timestamptz not null,
    primary key (code, version)
);
create index catalogue_copy_in_force on catalogue_copy (code, effective_from desc);
alter table approval_case add column department_name text;
alter table approval_case add column legal_basis text;
