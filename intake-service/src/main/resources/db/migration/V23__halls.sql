-- 区域通办 (issue #24): the halls of the network as data. Each change of a hall is a new version (never updated),
-- published on onewindow.catalogue.hall.v1 (HallPublished, key = hall code); the latest version of a hall is the hall.
-- The definition is the HallDefinition as JSON (hours, extended hours, appointment days, departments, the other
-- halls' items it receives); code, region and kind are columns for the look-ups.
create table hall_version (
    code         text        not null,
    version      int         not null check (version >= 1),
    name         text        not null,
    region       text        not null check (region ~ '^[0-9]{6}$'),
    kind         text        not null check (kind in ('HALL', 'STATION')),
    definition   text        not null,
    published_at timestamptz not null,
    published_by text        not null,
    primary key (code, version)
);

-- The three halls of a case: the window that took it in (its case number carries it), the hall owning the item (its
-- department decides) and where the applicant collects the result. Cases taken in before halls were all the home
-- hall's own items, taken in and handed out there: the case number's first part names that hall.
alter table intake_case add column hall_code text;
alter table intake_case add column owning_hall_code text;
alter table intake_case add column pickup_hall_code text;
update intake_case set hall_code = split_part(case_id, '-', 1), owning_hall_code = split_part(case_id, '-', 1),
    pickup_hall_code = split_part(case_id, '-', 1);
create index intake_case_hall on intake_case (hall_code, accepted_at);
