-- The official holiday schedules (国务院办公厅关于部分节假日安排的通知), one per year. They are data:
-- an administrator loads a new year or corrects one through the API (PUT /api/holiday-calendar/{year}),
-- and every due date counted afterwards follows it. A year without a schedule counts plain weekends.
create table holiday_schedule (
    calendar_year integer      primary key,
    notice        varchar(200) not null,
    loaded_at     timestamp with time zone not null,
    loaded_by     varchar(64)  not null
);

-- The special days of a year. OFF: a rest day whatever the weekday. WORK: a Saturday or Sunday that
-- is a working day (调休). Every other day follows the week: Monday to Friday work, the weekend rests.
create table holiday_schedule_day (
    calendar_date date         primary key,
    calendar_year integer      not null references holiday_schedule(calendar_year),
    day_type      varchar(4)   not null check (day_type in ('OFF', 'WORK')),
    holiday       varchar(50)  not null
);

create index holiday_schedule_day_year_idx on holiday_schedule_day (calendar_year);

insert into holiday_schedule (calendar_year, notice, loaded_at, loaded_by) values
    (2025, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）', current_timestamp, 'system'),
    (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', current_timestamp, 'system');

insert into holiday_schedule_day (calendar_date, calendar_year, day_type, holiday) values
    -- 2025 元旦: off 01-01 Wed
    (date '2025-01-01', 2025, 'OFF', '元旦'),
    -- 2025 春节: off 01-28 Tue to 02-04 Tue; worked 01-26 Sun, 02-08 Sat
    (date '2025-01-26', 2025, 'WORK', '春节'),
    (date '2025-01-28', 2025, 'OFF', '春节'),
    (date '2025-01-29', 2025, 'OFF', '春节'),
    (date '2025-01-30', 2025, 'OFF', '春节'),
    (date '2025-01-31', 2025, 'OFF', '春节'),
    (date '2025-02-01', 2025, 'OFF', '春节'),
    (date '2025-02-02', 2025, 'OFF', '春节'),
    (date '2025-02-03', 2025, 'OFF', '春节'),
    (date '2025-02-04', 2025, 'OFF', '春节'),
    (date '2025-02-08', 2025, 'WORK', '春节'),
    -- 2025 清明节: off 04-04 Fri to 04-06 Sun
    (date '2025-04-04', 2025, 'OFF', '清明节'),
    (date '2025-04-05', 2025, 'OFF', '清明节'),
    (date '2025-04-06', 2025, 'OFF', '清明节'),
    -- 2025 劳动节: off 05-01 Thu to 05-05 Mon; worked 04-27 Sun
    (date '2025-04-27', 2025, 'WORK', '劳动节'),
    (date '2025-05-01', 2025, 'OFF', '劳动节'),
    (date '2025-05-02', 2025, 'OFF', '劳动节'),
    (date '2025-05-03', 2025, 'OFF', '劳动节'),
    (date '2025-05-04', 2025, 'OFF', '劳动节'),
    (date '2025-05-05', 2025, 'OFF', '劳动节'),
    -- 2025 端午节: off 05-31 Sat to 06-02 Mon
    (date '2025-05-31', 2025, 'OFF', '端午节'),
    (date '2025-06-01', 2025, 'OFF', '端午节'),
    (date '2025-06-02', 2025, 'OFF', '端午节'),
    -- 2025 国庆节、中秋节: off 10-01 Wed to 10-08 Wed; worked 09-28 Sun, 10-11 Sat
    (date '2025-09-28', 2025, 'WORK', '国庆节、中秋节'),
    (date '2025-10-01', 2025, 'OFF', '国庆节、中秋节'),
    (date '2025-10-02', 2025, 'OFF', '国庆节、中秋节'),
    (date '2025-10-03', 2025, 'OFF', '国庆节、中秋节'),
    (date '2025-10-04', 2025, 'OFF', '国庆节、中秋节'),
    (date '2025-10-05', 2025, 'OFF', '国庆节、中秋节'),
    (date '2025-10-06', 2025, 'OFF', '国庆节、中秋节'),
    (date '2025-10-07', 2025, 'OFF', '国庆节、中秋节'),
    (date '2025-10-08', 2025, 'OFF', '国庆节、中秋节'),
    (date '2025-10-11', 2025, 'WORK', '国庆节、中秋节'),
    -- 2026 元旦: off 01-01 Thu to 01-03 Sat; worked 01-04 Sun
    (date '2026-01-01', 2026, 'OFF', '元旦'),
    (date '2026-01-02', 2026, 'OFF', '元旦'),
    (date '2026-01-03', 2026, 'OFF', '元旦'),
    (date '2026-01-04', 2026, 'WORK', '元旦'),
    -- 2026 春节: off 02-15 Sun to 02-23 Mon; worked 02-14 Sat, 02-28 Sat
    (date '2026-02-14', 2026, 'WORK', '春节'),
    (date '2026-02-15', 2026, 'OFF', '春节'),
    (date '2026-02-16', 2026, 'OFF', '春节'),
    (date '2026-02-17', 2026, 'OFF', '春节'),
    (date '2026-02-18', 2026, 'OFF', '春节'),
    (date '2026-02-19', 2026, 'OFF', '春节'),
    (date '2026-02-20', 2026, 'OFF', '春节'),
    (date '2026-02-21', 2026, 'OFF', '春节'),
    (date '2026-02-22', 2026, 'OFF', '春节'),
    (date '2026-02-23', 2026, 'OFF', '春节'),
    (date '2026-02-28', 2026, 'WORK', '春节'),
    -- 2026 清明节: off 04-04 Sat to 04-06 Mon
    (date '2026-04-04', 2026, 'OFF', '清明节'),
    (date '2026-04-05', 2026, 'OFF', '清明节'),
    (date '2026-04-06', 2026, 'OFF', '清明节'),
    -- 2026 劳动节: off 05-01 Fri to 05-05 Tue; worked 05-09 Sat
    (date '2026-05-01', 2026, 'OFF', '劳动节'),
    (date '2026-05-02', 2026, 'OFF', '劳动节'),
    (date '2026-05-03', 2026, 'OFF', '劳动节'),
    (date '2026-05-04', 2026, 'OFF', '劳动节'),
    (date '2026-05-05', 2026, 'OFF', '劳动节'),
    (date '2026-05-09', 2026, 'WORK', '劳动节'),
    -- 2026 端午节: off 06-19 Fri to 06-21 Sun
    (date '2026-06-19', 2026, 'OFF', '端午节'),
    (date '2026-06-20', 2026, 'OFF', '端午节'),
    (date '2026-06-21', 2026, 'OFF', '端午节'),
    -- 2026 中秋节: off 09-25 Fri to 09-27 Sun
    (date '2026-09-25', 2026, 'OFF', '中秋节'),
    (date '2026-09-26', 2026, 'OFF', '中秋节'),
    (date '2026-09-27', 2026, 'OFF', '中秋节'),
    -- 2026 国庆节: off 10-01 Thu to 10-07 Wed; worked 09-20 Sun, 10-10 Sat
    (date '2026-09-20', 2026, 'WORK', '国庆节'),
    (date '2026-10-01', 2026, 'OFF', '国庆节'),
    (date '2026-10-02', 2026, 'OFF', '国庆节'),
    (date '2026-10-03', 2026, 'OFF', '国庆节'),
    (date '2026-10-04', 2026, 'OFF', '国庆节'),
    (date '2026-10-05', 2026, 'OFF', '国庆节'),
    (date '2026-10-06', 2026, 'OFF', '国庆节'),
    (date '2026-10-07', 2026, 'OFF', '国庆节'),
    (date '2026-10-10', 2026, 'WORK', '国庆节');
