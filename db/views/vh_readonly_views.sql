-- Venture hub read-only views for analysts. Repeatable: re-applied after the vh migrations
-- whenever this file changes, so every statement is idempotent (DROP IF EXISTS + CREATE,
-- grants re-issued). Owned by the migration role, so analyst_ro needs no vh privilege.

CREATE SCHEMA IF NOT EXISTS views;

DROP VIEW IF EXISTS views.vh_ingest_daily;
DROP VIEW IF EXISTS views.vh_venture_overview;
DROP VIEW IF EXISTS views.vh_service_health;

-- Ingest outcomes per UTC day and source.
CREATE VIEW views.vh_ingest_daily AS
SELECT
  (r.created_at AT TIME ZONE 'UTC')::date                    AS day,
  v.slug                                                     AS venture_slug,
  s.source_key,
  count(*)                                                   AS runs_total,
  count(*) FILTER (WHERE r.status = 'success')               AS runs_success,
  count(*) FILTER (WHERE r.status = 'failed')                AS runs_failed,
  count(*) FILTER (WHERE r.status = 'running')               AS runs_running,
  count(*) FILTER (WHERE r.trigger_kind <> 'schedule')       AS runs_unscheduled,
  coalesce(sum(r.rows_written), 0)                           AS rows_written,
  round(100.0 * count(*) FILTER (WHERE r.status = 'success')
        / nullif(count(*) FILTER (WHERE r.status <> 'running'), 0), 2) AS success_rate_pct
FROM vh.ingest_runs r
JOIN vh.ingest_sources s ON s.id = r.source_id
JOIN vh.ventures v ON v.id = s.venture_id
GROUP BY 1, v.slug, s.source_key;

COMMENT ON VIEW views.vh_ingest_daily IS 'Ingest runs per UTC day and source with success rate.';

-- One row per venture: sources, latest run and recent failures.
CREATE VIEW views.vh_venture_overview AS
SELECT
  v.slug                                                     AS venture_slug,
  v.name                                                     AS venture_name,
  v.stage,
  count(s.id) FILTER (WHERE s.enabled)                       AS sources_enabled,
  latest.created_at                                          AS last_run_at,
  latest.status                                              AS last_run_status,
  coalesce(recent.failed_24h, 0)                             AS runs_failed_24h,
  coalesce(recent.rows_written_24h, 0)                       AS rows_written_24h
FROM vh.ventures v
LEFT JOIN vh.ingest_sources s ON s.venture_id = v.id
LEFT JOIN LATERAL (
  SELECT r.created_at, r.status
  FROM vh.ingest_runs r
  JOIN vh.ingest_sources s2 ON s2.id = r.source_id
  WHERE s2.venture_id = v.id
  ORDER BY r.created_at DESC, r.id DESC
  LIMIT 1
) AS latest ON true
LEFT JOIN LATERAL (
  SELECT count(*) FILTER (WHERE r.status = 'failed') AS failed_24h,
         sum(r.rows_written)                         AS rows_written_24h
  FROM vh.ingest_runs r
  JOIN vh.ingest_sources s3 ON s3.id = r.source_id
  WHERE s3.venture_id = v.id
    AND r.created_at > now() - interval '24 hours'
) AS recent ON true
GROUP BY v.id, v.slug, v.name, v.stage, latest.created_at, latest.status, recent.failed_24h, recent.rows_written_24h;

COMMENT ON VIEW views.vh_venture_overview IS 'Per-venture ingest health: latest run and last 24 hours.';

-- Hourly log levels per service over the last 7 days (message text omitted).
CREATE VIEW views.vh_service_health AS
SELECT
  date_trunc('hour', l."timestamp")                          AS hour,
  l.service,
  count(*) FILTER (WHERE l.level = 'ERROR')                  AS errors,
  count(*) FILTER (WHERE l.level = 'WARNING')                AS warnings,
  count(*)                                                   AS total
FROM audit.service_logs l
WHERE l."timestamp" > now() - interval '7 days'
GROUP BY 1, l.service;

COMMENT ON VIEW views.vh_service_health IS 'Hourly error and warning counts per service.';

GRANT USAGE ON SCHEMA views TO analyst_ro;
GRANT SELECT ON views.vh_ingest_daily, views.vh_venture_overview, views.vh_service_health TO analyst_ro;
GRANT SELECT ON views.vh_ingest_daily, views.vh_venture_overview, views.vh_service_health TO vh_app;
