-- A department's hand-over of a result the issuance window has not heard decided yet (#19). The decision travels
-- as an event, so a department system that hands over right after deciding is often a moment ahead of it; it used to
-- be told 404 and to try again (2.6 calls per case under load). The hand-over is kept here, one per department (a
-- department cannot pre-empt another's), until the decision arrives: then applied for the deciding department and
-- refused for any other. A department keeps at most a bounded number waiting (EarlyHandovers.WAITING_PER_DEPARTMENT).
create table early_handover (
    case_id          text        not null,
    department_code  text        not null,
    actor_id         text        not null,
    actor_username   text,
    actor_name       text        not null,
    actor_post       text        not null,
    handed_at        timestamptz not null,
    settled_at       timestamptz,
    outcome          text check (outcome in ('APPLIED', 'OTHER_DEPARTMENT')),
    primary key (case_id, department_code)
);
create index early_handover_waiting on early_handover (department_code) where outcome is null;
