-- 窗口无否决权 (#24 item 6): a window clerk does not return or refuse a file alone. A return (a parcel sent back), an
-- out-of-scope answer or a 容缺 refusal waits here for the mid desk's or the chief representative's sign-off; the notice
-- the window would have issued is issued only on CONFIRM (notice_number), and an OVERRULE lets the clerk take the same
-- file in once (used_case_id). What the notice will say is kept as the window wrote it (notice_kind, notice_content).
create table sign_off (
    id                 uuid        primary key,
    kind               text        not null check (kind in ('RETURN', 'OUT_OF_SCOPE', 'DEFERRAL_REFUSED')),
    status             text        not null check (status in ('PENDING', 'CONFIRMED', 'OVERRULED')),
    hall_code          text        not null,
    -- the chosen items, code@vN comma-separated as on a notice; item_codes sorted, for the overrule's same-file check
    items              text        not null,
    item_codes         text        not null,
    item_code          text        not null,
    catalogue_version  int         not null,
    -- the departments of the items: a chief representative signs off only their own department's files
    departments        text        not null,
    applicant_kind     text        not null,
    applicant_name     text        not null,
    applicant_id       text        not null,
    reasons            text        not null,
    -- what was wrong, as itemCode:materialCode:kind keys (JSON array): an overruled take-in may have these or fewer
    problems           text        not null,
    notice_kind        text        not null check (notice_kind in ('RETURN_NOTICE', 'ONE_TIME_NOTICE')),
    notice_content     text        not null,
    delegation_id      uuid,
    parcel_id          uuid,
    requested_by_id    text        not null,
    requested_by_name  text        not null,
    requested_by_post  text,
    -- the clerk's act under the window's delegation (contracts Actor, JSON): the notice is issued in its name
    acting             text        not null,
    requested_at       timestamptz not null,
    due_at             timestamptz not null,
    decision_reasons   text,
    decided_by_id      text,
    decided_by_name    text,
    decided_by_post    text,
    decided_at         timestamptz,
    decided_late       boolean,
    notice_number      text,
    used_case_id       text,
    used_at            timestamptz,
    check ((status = 'PENDING') = (decided_at is null)),
    check (used_case_id is null or status = 'OVERRULED')
);

-- the desk's list: a hall's pending sign-offs, the oldest due first
create index sign_off_hall_status on sign_off (hall_code, status, due_at);
