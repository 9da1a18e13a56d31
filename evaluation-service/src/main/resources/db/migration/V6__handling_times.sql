-- Actual against promised handling time and the on-time rate per item, window and clerk (#22 item 12).
-- The item's promised limit (承诺时限, working days) and the clerk's login name come with intake's accepted event
-- (older rows have neither: they are left out of the handling figures rather than guessed).
alter table case_fact add column promised_days int;
alter table case_fact add column clerk_username text;

-- Which window a clerk sat at, from the queue's ticket-called events: a take-in was made at the window its clerk
-- last called a ticket to that day. A case records no window of its own; the calls are where the hall knows it.
create table window_call (
    clerk     text        not null,
    called_at timestamptz not null,
    window_no text        not null,
    primary key (clerk, called_at)
);
