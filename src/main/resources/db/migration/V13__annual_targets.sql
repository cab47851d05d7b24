-- 年度绩效目标: the targets the office sets for a year, one per indicator, beside which the annual
-- self-evaluation (《信访工作条例》第四十一条) sets the year's actual figures. A rate's target is in
-- percent, 初信初访's is its year-on-year change in percent, a count's a number of items.
create table annual_target (
    target_year integer      not null check (target_year between 2000 and 2100),
    indicator   varchar(40)  not null,
    comparison  varchar(10)  not null check (comparison in ('AT_LEAST', 'AT_MOST')),
    target      numeric(9,2) not null,
    set_by      varchar(64)  not null,
    set_at      timestamptz  not null,
    primary key (target_year, indicator)
);
