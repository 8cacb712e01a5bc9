import type pg from 'pg';

/**
 * Reads many relations in two round trips, whatever their number: a DO block loops over them,
 * each read in its own exception block so one broken view cannot hide the others' results.
 * DO takes no parameters, so the list travels in a transaction-local setting, and so do the
 * results on the way back. Names are quoted inside with format('%I'), never spliced in here.
 *
 * - `limit` 0: planning and permission checks only (a view "compiles");
 * - `limit` 1: runs the view far enough to produce a row (functions in it are called);
 * - `count`: count(*) of the whole relation.
 */
export interface ProbeTarget {
  schema: string;
  name: string;
  mode: 'limit0' | 'limit1' | 'count';
}

export interface ProbeOutcome {
  rows?: number;
  sqlstate?: string;
  message?: string;
}

export const PROBE_INPUT_SQL = `SELECT pg_catalog.set_config('pg_promote.probe', $1, true)`;

// SELECT * (not count(*) over a subquery) so the planner cannot drop unused columns and skip
// the functions that compute them; the rows are discarded and only ROW_COUNT is kept.
export const PROBE_SQL = `DO $probe$
DECLARE
  item record;
  n bigint;
  results jsonb := '[]';
BEGIN
  FOR item IN
    SELECT * FROM jsonb_to_recordset(pg_catalog.current_setting('pg_promote.probe')::jsonb) AS x(schema text, name text, mode text)
  LOOP
    BEGIN
      IF item.mode = 'count' THEN
        EXECUTE format('SELECT count(*) FROM %I.%I', item.schema, item.name) INTO n;
      ELSE
        EXECUTE format('SELECT * FROM %I.%I LIMIT %s', item.schema, item.name, CASE item.mode WHEN 'limit0' THEN 0 ELSE 1 END);
        GET DIAGNOSTICS n = ROW_COUNT;
      END IF;
      results := results || jsonb_build_object('rows', n);
    EXCEPTION WHEN OTHERS THEN
      results := results || jsonb_build_object('sqlstate', SQLSTATE, 'message', SQLERRM);
    END;
  END LOOP;
  PERFORM pg_catalog.set_config('pg_promote.probe', results::text, true);
END
$probe$;
SELECT pg_catalog.current_setting('pg_promote.probe') AS results`;

/** One outcome per target, in order. A statement timeout still aborts the whole probe. */
export async function probeRelations(client: pg.ClientBase, targets: readonly ProbeTarget[]): Promise<ProbeOutcome[]> {
  if (targets.length === 0) return [];
  await client.query(PROBE_INPUT_SQL, [JSON.stringify(targets)]);
  const results = (await client.query(PROBE_SQL)) as unknown as pg.QueryResult<{ results: string }>[];
  const last = results[results.length - 1]!;
  return JSON.parse(last.rows[0]!.results) as ProbeOutcome[];
}

export function probeError(outcome: ProbeOutcome): string {
  return `${outcome.message ?? 'failed'} [SQLSTATE ${outcome.sqlstate ?? '?'}]`;
}
