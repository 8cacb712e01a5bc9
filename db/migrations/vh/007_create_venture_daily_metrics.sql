-- Daily per-venture ingest metrics, maintained by the ingest service; backfilled here from
-- the existing run history so the dashboards have continuity from day one.

CREATE TABLE vh.venture_daily_metrics (
  venture_id   bigint      NOT NULL REFERENCES vh.ventures (id) ON DELETE CASCADE,
  metric_date  date        NOT NULL,
  runs_total   integer     NOT NULL DEFAULT 0 CHECK (runs_total >= 0),
  runs_failed  integer     NOT NULL DEFAULT 0 CHECK (runs_failed >= 0),
  rows_written bigint      NOT NULL DEFAULT 0 CHECK (rows_written >= 0),
  computed_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (venture_id, metric_date),
  CONSTRAINT venture_daily_metrics_failed_le_total_chk CHECK (runs_failed <= runs_total)
);
COMMENT ON TABLE vh.venture_daily_metrics IS 'Per-venture, per-day ingest totals (UTC days).';

SELECT audit.enable_row_audit('vh.venture_daily_metrics');

GRANT SELECT, INSERT, UPDATE, DELETE ON vh.venture_daily_metrics TO vh_app, vh_ingest;

-- Backfill from finished runs; days are UTC whatever the session time zone.
INSERT INTO vh.venture_daily_metrics (venture_id, metric_date, runs_total, runs_failed, rows_written)
SELECT s.venture_id,
       (r.created_at AT TIME ZONE 'UTC')::date,
       count(*),
       count(*) FILTER (WHERE r.status = 'failed'),
       coalesce(sum(r.rows_written), 0)
FROM vh.ingest_runs r
JOIN vh.ingest_sources s ON s.id = r.source_id
WHERE r.status <> 'running'
GROUP BY s.venture_id, (r.created_at AT TIME ZONE 'UTC')::date;
