-- One row per ingest run; the runbook watches success/failure per minute during the ramp.

CREATE TABLE vh.ingest_runs (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source_id     bigint      NOT NULL REFERENCES vh.ingest_sources (id) ON DELETE CASCADE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  started_at    timestamptz NOT NULL DEFAULT now(),
  finished_at   timestamptz,
  status        text        NOT NULL DEFAULT 'running'
                CHECK (status IN ('success', 'failed', 'running')),
  rows_read     integer     NOT NULL DEFAULT 0 CHECK (rows_read >= 0),
  rows_written  integer     NOT NULL DEFAULT 0 CHECK (rows_written >= 0),
  error_message text,
  CONSTRAINT ingest_runs_finished_chk CHECK ((status = 'running') = (finished_at IS NULL)),
  CONSTRAINT ingest_runs_order_chk CHECK (finished_at IS NULL OR finished_at >= started_at),
  CONSTRAINT ingest_runs_failed_has_error_chk CHECK (status <> 'failed' OR error_message IS NOT NULL),
  CONSTRAINT ingest_runs_written_le_read_chk CHECK (rows_written <= rows_read)
);
COMMENT ON TABLE vh.ingest_runs IS 'Ingest run history: status, timing and row counts.';

CREATE INDEX ingest_runs_created_at_idx ON vh.ingest_runs (created_at);

SELECT audit.enable_row_audit('vh.ingest_runs');

GRANT SELECT, INSERT, UPDATE, DELETE ON vh.ingest_runs TO vh_app, vh_ingest;

-- Seed: two days of half-hourly runs for each enabled scheduled source, with a deterministic
-- sprinkling of failures and the newest run of one source still running.
INSERT INTO vh.ingest_runs (source_id, created_at, started_at, finished_at, status, rows_read, rows_written, error_message)
SELECT
  s.id,
  t.at,
  t.at,
  CASE WHEN x.status = 'running' THEN NULL ELSE t.at + make_interval(secs => 20 + (s.id * 7 + t.n) % 90) END,
  x.status,
  CASE WHEN x.status = 'success' THEN 200 + (s.id * 37 + t.n * 13) % 800 ELSE (t.n * 11) % 50 END,
  CASE WHEN x.status = 'success' THEN 200 + (s.id * 37 + t.n * 13) % 800 ELSE 0 END,
  CASE WHEN x.status = 'failed'
       THEN (ARRAY['upstream timeout after 30s', 'HTTP 502 from source', 'schema drift: unknown column'])[1 + (t.n % 3)]
  END
FROM vh.ingest_sources s
CROSS JOIN LATERAL (
  SELECT n, date_trunc('minute', now()) - make_interval(mins => 30 * n) AS at
  FROM generate_series(0, 95) AS n
) AS t
CROSS JOIN LATERAL (
  SELECT CASE
           WHEN t.n = 0 AND s.source_key = 'stripe_payouts' THEN 'running'
           WHEN (s.id + t.n) % 9 = 0 THEN 'failed'
           ELSE 'success'
         END AS status
) AS x
WHERE s.enabled AND s.schedule_cron IS NOT NULL;
