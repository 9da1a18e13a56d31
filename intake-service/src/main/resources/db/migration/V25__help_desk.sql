-- 帮办代办 (#24, item 4): the help desk's requests, from a window, a self-service terminal or the phone. The answer
-- limit is copied from the hall when the request comes in (HallDefinition.helpAnswerSeconds, or the configured
-- override): a later change of the hall's limit does not turn yesterday's answers late. in_time is decided once, at the
-- answer. case_id: the case the helper took in on the applicant's behalf (ASSISTED; the first case of a bundle).
create table help_request (
    id                   uuid        primary key,
    hall_code            text        not null,
    channel              text        not null check (channel in ('WINDOW', 'TERMINAL', 'PHONE')),
    item_code            text,
    applicant_name       text,
    phone                text,
    question             text        not null,
    created_at           timestamptz not null,
    created_by           text,
    answer_limit_seconds integer     not null check (answer_limit_seconds > 0),
    answered_at          timestamptz,
    answered_by          text,
    answered_by_name     text,
    resolution           text check (resolution in ('RESOLVED', 'ASSISTED', 'REFERRED')),
    note                 text,
    in_time              boolean,
    case_id              text,
    case_taken_at        timestamptz
);
-- the desk's list and the day's figures: one hall's requests of one day
create index help_request_hall_created on help_request (hall_code, created_at);
