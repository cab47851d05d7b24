-- 历史数据导入: closed cases brought from the bureau's earlier records. They have no process instance;
-- the fingerprint of the imported row tells a re-import of the same row (skipped) from a changed one
-- (refused as a conflict).
alter table petition_case add column imported boolean not null default false;
alter table petition_case add column import_fingerprint varchar(64);
alter table petition_case add constraint petition_case_import_fingerprint_ck
    check (imported = (import_fingerprint is not null));
