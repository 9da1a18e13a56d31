-- A department's hand-over of a result the issuance window has not heard decided yet (#19). The decision travels
-- as an event, so a department system that hands over right after deciding is often a moment ahead of it; it used to
-- be told 404 and to try again (2.6 calls per case under load). The hand-over is kept here, one per department (a
-- department cannot pre-empt another's), and settled when the decision arrives: applied for the deciding department,
-- refused for any other, lapsed when the decision came more than the patience later.
create table early_handover (
    case_id          text        not null,
    department_code  text        not null,
    actor_id         text        not null,
    actor_username   text,
    actor_name       text        not null,
    actor_post       text        not null,
    handed_at        timestamptz not null,
    settled_at       timestamptz,
    outcome          text check (outcome in ('APPLIED', 'OTHER_DEPARTMENT', 'LAPSED')),
    primary key (case_id, department_code)
);
