-- Optional balancing (分派): a department's chief representative keeps a roster of its reviewers; with
-- balancing on, each new case goes to the on-duty reviewer with the fewest open cases.
create table department_roster (
    department_code text    not null,
    reviewer_id     text    not null,
    reviewer_name   text    not null,
    on_duty         boolean not null,
    primary key (department_code, reviewer_id)
);
create table department_setting (
    department_code text    primary key,
    balancing       boolean not null
);
create index approval_case_assignee_open on approval_case (department_code, assignee_id) where status in ('AWAITING_ACCEPTANCE', 'QUEUED');
