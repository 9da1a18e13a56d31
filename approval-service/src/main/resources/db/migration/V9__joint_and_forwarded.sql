-- 联审联办 and 上报件 (#24 item 2). approval learns an item's co-departments and its higher authority from its own copy
-- of the catalogue; a copy written before this migration did not keep them (details_known false), so a JOINT or
-- FORWARDED case meeting such a copy waits for the catalogue (the inbox retries) instead of being decided as an
-- ordinary item.
alter table catalogue_copy add column details_known boolean not null default false;
alter table catalogue_copy add column item_type text;
alter table catalogue_copy add column co_departments text;          -- JOINT: comma-separated department codes
alter table catalogue_copy add column authority_code text;          -- FORWARDED: the higher authority
alter table catalogue_copy add column authority_name text;
alter table catalogue_copy add column first_instance_days int;
alter table catalogue_copy add column authority_days int;

-- 上报件: once forwarded, the higher authority reaches the case through the department API as if it were its own
alter table approval_case add column forwarded_to text;
create index approval_case_forwarded on approval_case (forwarded_to, status) where forwarded_to is not null;

-- 联审联办: one opinion task per co-department of a JOINT case, opened as the case arrives. feed_seq places the task
-- in the co-department's feed (from approval_feed_seq, under the feed's lock, like a case of its own).
create table joint_opinion (
    case_id          text        not null references approval_case (case_id),
    department_code  text        not null,
    lead_department  text        not null,
    opened_at        timestamptz not null,
    feed_seq         bigint      not null,
    opinion          text check (opinion in ('AGREE', 'DISAGREE')),
    reasons          text,
    recorded_at      timestamptz,
    late             boolean,
    recorded_by_id   text,
    recorded_by_name text,
    recorded_by_post text,
    -- the lead decided after its deadline without this opinion: recorded on the task
    missing_at_decision timestamptz,
    primary key (case_id, department_code),
    check (opinion is null or recorded_at is not null)
);
create index joint_opinion_feed on joint_opinion (department_code, feed_seq);
create index joint_opinion_open on joint_opinion (department_code) where opinion is null;

-- 上报件: the two parts of a FORWARDED case — the department's first instance (within first_instance_days working days
-- of its decision clock's start) and the higher authority's decision (authority_days working days from the forwarding).
create table case_forwarding (
    case_id              text        primary key references approval_case (case_id),
    department_code      text        not null,
    authority_code       text        not null,
    authority_name       text        not null,
    first_instance_days  int         not null check (first_instance_days > 0),
    authority_days       int         not null check (authority_days > 0),
    opinion              text check (opinion in ('AGREE', 'DISAGREE')),
    reasons              text,
    forwarded_at         timestamptz,
    first_instance_due   timestamptz,
    first_instance_on_time boolean,
    authority_due_at     timestamptz,
    authority_feed_seq   bigint,
    forwarded_by_id      text,
    forwarded_by_name    text,
    forwarded_by_post    text,
    check (forwarded_at is null or (opinion is not null and authority_due_at is not null and authority_feed_seq is not null))
);
create index case_forwarding_feed on case_forwarding (authority_code, authority_feed_seq) where authority_feed_seq is not null;
