-- Record why a run happened and which rollout cohort ran it (ingest ramp 10% -> 50% -> 100%),
-- and index the per-source and failure lookups the dashboards make.
--
-- Constant DEFAULT: no table rewrite (PostgreSQL 11+). CHECKs are added NOT VALID and then
-- validated to keep the ACCESS EXCLUSIVE lock short on the large production table.

ALTER TABLE vh.ingest_runs
  ADD COLUMN trigger_kind text NOT NULL DEFAULT 'schedule',
  ADD COLUMN rollout_cohort smallint;

ALTER TABLE vh.ingest_runs
  ADD CONSTRAINT ingest_runs_trigger_kind_chk
  CHECK (trigger_kind IN ('schedule', 'webhook', 'manual', 'backfill')) NOT VALID;
ALTER TABLE vh.ingest_runs VALIDATE CONSTRAINT ingest_runs_trigger_kind_chk;

ALTER TABLE vh.ingest_runs
  ADD CONSTRAINT ingest_runs_rollout_cohort_chk
  CHECK (rollout_cohort BETWEEN 0 AND 99) NOT VALID;
ALTER TABLE vh.ingest_runs VALIDATE CONSTRAINT ingest_runs_rollout_cohort_chk;

CREATE INDEX ingest_runs_source_created_idx ON vh.ingest_runs (source_id, created_at DESC);
CREATE INDEX ingest_runs_failed_idx ON vh.ingest_runs (created_at) WHERE status = 'failed';
