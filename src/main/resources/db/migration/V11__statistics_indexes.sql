-- The statistics count each indicator over the cases whose moment of its period rule falls in the
-- period (org.xinfang.statistics.PeriodRule): one range scan per rule. Registration
-- (petition_case_registered_idx) and repeats (petition_case_repeat_of_idx) are indexed already.
create index petition_case_routing_due_idx on petition_case (routing_due_at);
create index petition_case_acceptance_due_idx on petition_case (acceptance_due_at);
create index petition_case_reply_due_idx on petition_case (reply_due_at);
create index petition_case_closed_idx on petition_case (closed_at);
create index satisfaction_rating_replied_idx on satisfaction_rating (replied_at);
create index leader_instruction_instructed_idx on leader_instruction (instructed_at);
create index case_event_type_time_idx on case_event (type, occurred_at);
