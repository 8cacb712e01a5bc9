/**
 * The runbook's two "Monitoring During Ramp" queries as gates. Both look only at rows since
 * the flag moved ($1), so history from before the step (the seed's routine warnings, an old
 * outage) neither fails nor excuses it. A query returning no rows means there is nothing to
 * judge the step by (the service logged nothing, ran nothing): the step fails on that rather
 * than passing.
 */

/** Errors and warnings logged since the step began; no row when nothing was logged at all. */
export const SERVICE_ERRORS_SQL = `SELECT count(*) FILTER (WHERE level IN ('ERROR', 'WARNING')) AS value,
       count(*) FILTER (WHERE level = 'ERROR') AS errors,
       count(*) FILTER (WHERE level = 'WARNING') AS warnings,
       count(*) AS total
FROM audit.service_logs
WHERE "timestamp" > $1
HAVING count(*) > 0`;

/** Failed runs as a percentage of finished runs, per minute (the runbook's per-minute view); the worst minute counts. */
export const INGEST_FAILURE_RATE_SQL = `SELECT date_trunc('minute', created_at) AS minute,
       round(100.0 * count(*) FILTER (WHERE status = 'failed') / count(*), 1) AS value,
       count(*) FILTER (WHERE status = 'success') AS success,
       count(*) FILTER (WHERE status = 'failed') AS failed
FROM vh.ingest_runs
WHERE created_at > $1 AND status <> 'running'
GROUP BY 1`;

export const DEFAULT_GATES = {
  service_errors: {
    description: 'errors + warnings in audit.service_logs since the step began',
    sql: SERVICE_ERRORS_SQL,
    max: 10,
  },
  ingest_failure_rate: {
    description: '% of finished ingest runs that failed, worst minute since the step began',
    sql: INGEST_FAILURE_RATE_SQL,
    max: 10,
  },
};
