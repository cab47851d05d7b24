-- Nobody, the application's own database user included, rewrites or removes what the audit log
-- recorded. (Repeatable: Flyway applies it again whenever this file changes.)
create or replace function audit_entry_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end
$$;

drop trigger if exists audit_entry_append_only on audit_entry;
create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

drop trigger if exists audit_entry_no_truncate on audit_entry;
create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
