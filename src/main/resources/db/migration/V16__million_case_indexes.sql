-- The lists the product shows, checked with EXPLAIN (ANALYZE, BUFFERS) at a million cases
-- (docs/benchmarks.md).
--
-- The supervisors' list (supervision.DeadlineWatch) reads, per running limit, the cases waiting in the
-- statuses that run it whose due date falls by the horizon: one range per limit.
create index petition_case_routing_running_idx on petition_case (status, routing_due_at);
create index petition_case_acceptance_running_idx on petition_case (status, acceptance_due_at);
create index petition_case_reply_running_idx on petition_case (status, reply_due_at);
create index leader_instruction_open_due_idx on leader_instruction (status, due_at);
create index review_request_unanswered_due_idx on review_request (answer_due_at)
    where accepted and answered_at is null;

-- The case list (desk.CaseSearch) is newest first: a unit's cases and a status's cases are read in
-- that order from the index, the page's rows first. These replace the single-column indexes of V1.
create index petition_case_unit_registered_idx on petition_case (responsible_unit_code, registered_at, id);
create index petition_case_status_registered_idx on petition_case (status, registered_at, id);
create index petition_case_overdue_registered_idx on petition_case (registered_at, id) where overdue;
drop index petition_case_status_idx;
drop index petition_case_unit_idx;
