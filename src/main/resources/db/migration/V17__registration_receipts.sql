-- 登记回执: the receipt of a registration at the desk, waiting for its registrar to read it once.
-- Written in the registration's transaction and taken with delete ... returning, so that a
-- rolled-back registration leaves none and no two nodes hand the same receipt out. The row goes
-- when the registrar reads it or closes the receipt task.
create table registration_receipt (
    registration_id varchar(64) primary key,
    registrar       varchar(64) not null,
    case_number     varchar(20) not null,
    status          varchar(30) not null,
    registered_at   timestamptz not null,
    query_code      varchar(12) not null
);
