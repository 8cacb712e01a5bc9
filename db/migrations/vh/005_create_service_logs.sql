-- Service logs watched during the ingest feature-flag ramp (runbook: errors and warnings in
-- the last 10 minutes). They live in audit next to the change log; the vh services may only
-- append. Schema audit itself belongs to pg-promote and is never dropped by a DOWN.

CREATE SCHEMA IF NOT EXISTS audit;

CREATE TABLE audit.service_logs (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  "timestamp" timestamptz NOT NULL DEFAULT now(),
  service     text        NOT NULL CHECK (service ~ '^[a-z][a-z0-9-]{1,62}$'),
  level       text        NOT NULL CHECK (level IN ('DEBUG', 'INFO', 'WARNING', 'ERROR')),
  message     text        NOT NULL,
  context     jsonb       NOT NULL DEFAULT '{}'::jsonb
);
COMMENT ON TABLE audit.service_logs IS 'Append-only service log lines (ingest ramp monitoring).';

CREATE INDEX service_logs_timestamp_idx ON audit.service_logs ("timestamp");
CREATE INDEX service_logs_errors_idx ON audit.service_logs (service, "timestamp") WHERE level IN ('WARNING', 'ERROR');

REVOKE ALL ON TABLE audit.service_logs FROM PUBLIC;
GRANT USAGE ON SCHEMA audit TO vh_app, vh_ingest;
GRANT INSERT ON audit.service_logs TO vh_app, vh_ingest;

INSERT INTO audit.service_logs ("timestamp", service, level, message, context)
SELECT now() - make_interval(secs => 45 * n),
       CASE WHEN n % 4 = 0 THEN 'vh-web' ELSE 'ehg-ingest' END,
       CASE WHEN n % 23 = 0 THEN 'ERROR' WHEN n % 7 = 0 THEN 'WARNING' WHEN n % 5 = 0 THEN 'DEBUG' ELSE 'INFO' END,
       CASE WHEN n % 23 = 0 THEN 'ingest run failed: upstream timeout after 30s'
            WHEN n % 7 = 0 THEN 'retrying source after HTTP 429'
            WHEN n % 5 = 0 THEN 'poll cycle finished'
            ELSE 'batch committed' END,
       jsonb_build_object('rollout_pct', 10, 'seq', n)
FROM generate_series(0, 199) AS n;
