-- Undo eng 002: event triggers first (so the drops below are not logged into a table being
-- dropped), then the functions and audit.change_log. Schema audit and audit.migration_log
-- belong to pg-promote and stay. Fails while vh tables still use audit.log_row_change():
-- roll vh back first.

DROP EVENT TRIGGER audit_sql_drop;
DROP EVENT TRIGGER audit_ddl_command_end;

DROP FUNCTION audit.enable_row_audit(regclass);
DROP FUNCTION audit.log_sql_drop();
DROP FUNCTION audit.log_ddl_command();
DROP FUNCTION audit.log_row_change();
DROP TABLE audit.change_log;
DROP FUNCTION audit.effective_user();
