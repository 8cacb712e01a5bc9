-- Undo vh 006: indexes, constraints and columns. views.vh_ingest_daily reads trigger_kind:
-- drop it first; the views file re-creates it once the column is back.

DROP VIEW IF EXISTS views.vh_ingest_daily;

DROP INDEX vh.ingest_runs_failed_idx;
DROP INDEX vh.ingest_runs_source_created_idx;
ALTER TABLE vh.ingest_runs
  DROP CONSTRAINT ingest_runs_rollout_cohort_chk,
  DROP CONSTRAINT ingest_runs_trigger_kind_chk,
  DROP COLUMN rollout_cohort,
  DROP COLUMN trigger_kind;
