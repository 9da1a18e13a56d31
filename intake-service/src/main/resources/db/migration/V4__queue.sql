-- One ticket queue (取号叫号) for all comprehensive windows. Numbers restart each day per kind:
-- A001… normal, V001… priority (elderly, disabled, pregnant), Y001… booked appointment.
create table ticket (
    ticket_number text        not null,
    day           date        not null,
    kind          text        not null check (kind in ('NORMAL', 'PRIORITY', 'APPOINTMENT')),
    status        text        not null check (status in ('WAITING', 'CALLED', 'NO_SHOW')),
    issued_at     timestamptz not null,
    issued_by     text        not null,
    called_at     timestamptz,
    window_no     text,
    called_by     text,
    primary key (day, ticket_number)
);
-- "call next" takes the first waiting ticket by rank (appointment, priority, normal) and time
create index ticket_waiting on ticket (day, status, issued_at) where status = 'WAITING';
