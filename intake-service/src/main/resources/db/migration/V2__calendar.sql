-- The official working-day calendar per year (holidays and make-up working days), as the hall
-- admin keeps it; every change is published on onewindow.calendar.v1 (compacted, key = year).
create table calendar_year (
    year      int         primary key,
    data      text        not null,
    edited_by text        not null,
    edited_at timestamptz not null
);
