-- routing's own copy of the catalogue (from the compacted topic onewindow.catalogue.item.v1):
-- which department decides each version of each item. No call to intake is ever needed.
create table catalogue_copy (
    code            text        not null,
    version         int         not null,
    department_code text        not null,
    item_type       text        not null,
    promised_days   int         not null,
    status          text        not null,
    effective_from  timestamptz not null,
    primary key (code, version)
);
