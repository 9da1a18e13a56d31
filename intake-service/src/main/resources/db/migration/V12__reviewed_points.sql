-- Review points are checked, not only shown (#22, item 9): the window clerk's answer on each review point (审查要点)
-- of the item version a case was taken in under. Who answered and when are the case's first handler and its
-- acceptance time (one act); the same answers travel on the accepted event, and so into the trail.
create table reviewed_point (
    case_id  text not null references intake_case (case_id),
    position int  not null check (position > 0),
    point    text not null,
    outcome  text not null check (outcome in ('CONFIRMED', 'FAILED')),
    note     text,
    primary key (case_id, position)
);
