-- 网上预审 (online pre-review): an applicant prepares an item online with a file per material; the pre-review post
-- answers PASSED (with an appointment or "come any time") or with one one-time notice per submission; a passed
-- pre-review is taken in at the window from this record (take-in request field preReviewId).
create table pre_review (
    id               uuid        primary key,
    -- whose it is: the person's resident ID number or the organisation's credit code (Applicant.caseNumber)
    owner_number     text        not null,
    applicant_kind   text        not null check (applicant_kind in ('PERSON', 'ORGANISATION')),
    applicant_name   text        not null,
    applicant_id     text        not null,
    agent_name       text,
    agent_id         text,
    contact_phone    text,
    contact_email    text,
    item_code        text        not null,
    catalogue_version int        not null,
    status           text        not null check (status in ('DRAFT', 'SUBMITTED', 'PASSED', 'NOTICE', 'TAKEN_IN')),
    -- how many times it was submitted: one answer per submission (the one-time notice: once for a submission)
    submission       int         not null default 0,
    created_at       timestamptz not null,
    submitted_at     timestamptz,
    due_at           timestamptz,
    answered_at      timestamptz,
    answered_late    boolean,
    reviewer_id      text,
    reviewer_name    text,
    -- the latest one-time notice as JSON (material code and reason per line), and every material any notice named
    notice           text,
    noticed_materials text,
    noticed_at       timestamptz,
    appointment_id   uuid        references appointment (id),
    come_any_time    boolean,
    case_id          text        references intake_case (case_id),
    taken_in_at      timestamptz,
    version          int         not null default 0
);
create index pre_review_owner on pre_review (owner_number, created_at desc);
create index pre_review_waiting on pre_review (submitted_at) where status = 'SUBMITTED';
create unique index pre_review_case on pre_review (case_id) where case_id is not null;

-- One file per material, kept with its record (never on a disk a program could run it from); its type is the one its
-- bytes showed, and its hash answers a repeated upload with the first answer.
create table pre_review_file (
    id             uuid        primary key,
    pre_review_id  uuid        not null references pre_review (id),
    material_code  text        not null,
    content_type   text        not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    file_name      text,
    size_bytes     int         not null check (size_bytes > 0),
    sha256         text        not null,
    content        bytea       not null,
    uploaded_at    timestamptz not null,
    unique (pre_review_id, material_code)
);
