/**
 * The latency gate's default probes: what the sample database's readers run (the analysts'
 * views and the ingest service's lookups). Apart from the schema so that the runbook's
 * defaults can be built without it (src/config/lean-defaults.ts).
 */
export const DEFAULT_PROBES = [
  { name: 'vh_ingest_daily', sql: 'SELECT * FROM views.vh_ingest_daily' },
  { name: 'vh_venture_overview', sql: 'SELECT * FROM views.vh_venture_overview' },
  { name: 'vh_service_health', sql: 'SELECT * FROM views.vh_service_health' },
  { name: 'eng_governance_summary', sql: 'SELECT * FROM views.eng_governance_summary' },
  {
    name: 'ingest_recent_runs',
    sql: 'SELECT id, status, created_at FROM vh.ingest_runs WHERE source_id = (SELECT min(id) FROM vh.ingest_sources) ORDER BY created_at DESC LIMIT 50',
  },
  {
    name: 'ingest_failures_last_hour',
    sql: "SELECT count(*) FROM vh.ingest_runs WHERE status = 'failed' AND created_at > now() - interval '1 hour'",
  },
  {
    name: 'service_errors_last_10min',
    sql: `SELECT count(*) FILTER (WHERE level = 'ERROR') AS errors, count(*) FILTER (WHERE level = 'WARNING') AS warnings, count(*) AS total FROM audit.service_logs WHERE "timestamp" > now() - interval '10 minutes'`,
  },
];
