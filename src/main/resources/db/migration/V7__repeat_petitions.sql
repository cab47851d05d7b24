-- 重复信访: a case may repeat an earlier one. It is then not a first-time item (初信初访), and is
-- flagged when the earlier case was still being handled (Art. 19 ¶3). The indicators count both.
alter table petition_case add column repeat_of bigint;
alter table petition_case add column repeat_while_open boolean not null default false;
alter table petition_case add constraint petition_case_repeat_of_fk
    foreign key (repeat_of) references petition_case(id);
alter table petition_case add constraint petition_case_first_time_ck
    check (first_time = (repeat_of is null));
alter table petition_case add constraint petition_case_repeat_while_open_ck
    check (repeat_of is not null or not repeat_while_open);

create index petition_case_repeat_of_idx on petition_case (repeat_of);
create index petition_case_first_time_idx on petition_case (first_time, registered_at);

-- Matching a new petition's petitioners against earlier cases looks them up by these.
create index petitioner_id_number_idx on petitioner (id_number);
create index petitioner_phone_idx on petitioner (phone);
create index petitioner_name_idx on petitioner (name);
