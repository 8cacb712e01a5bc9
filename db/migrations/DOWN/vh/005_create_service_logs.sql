-- Undo vh 005: the table and the grants. Schema audit stays (pg-promote owns it and its
-- audit.migration_log); only the USAGE this migration gave the vh roles is revoked.

DROP VIEW IF EXISTS views.vh_service_health;

DROP TABLE audit.service_logs;
REVOKE USAGE ON SCHEMA audit FROM vh_app, vh_ingest;
