-- When each case's result reached the issuance window, from issuance's result-ready events: the actual time a
-- case took (acceptance to result) for the statistics, next to the promised limit. Its own table rather than
-- a column of case_fact: the two come from different topics, in either order.
create table result_ready (
    case_id         text        primary key,
    department_code text        not null,
    outcome         text,
    ready_at        timestamptz not null
);
