import pg from 'pg';
import { eventsTable } from '../audit/events.js';
import { configError } from '../errors/promote-error.js';
import type { HistoryTable } from '../migrate/history.js';
import { classify, HISTORY_TABLE_NAMES, HISTORY_TABLES_SQL, shownTable } from './detect.js';
import type { FoundTable } from './foreign-history.js';

/**
 * Before pg-promote applies anything to a database whose history is empty: another tool's
 * history table, or tables already in the phase's schema, mean the database was migrated by
 * something else, and running the files again would re-create (or fail on) what is there.
 * One catalog query: the history tables and the phase schema's tables (the history table
 * itself and pg-promote's events table beside it left out), the first few by name.
 */
const SQL = `WITH histories AS (${HISTORY_TABLES_SQL}),
present AS (
  SELECT c.relname::text AS name FROM pg_catalog.pg_class c
  WHERE c.relnamespace = to_regnamespace($2) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
    AND c.oid <> ALL(array_remove(ARRAY[to_regclass($3), to_regclass($4)]::oid[], NULL))
)
SELECT (SELECT coalesce(json_agg(h), '[]') FROM histories h) AS histories,
  (SELECT count(*)::int FROM present) AS tables,
  ARRAY(SELECT name FROM present ORDER BY name LIMIT 3) AS sample`;

export interface UnknownDatabaseInput {
  phase: string;
  schema: string;
  history: HistoryTable;
  /** Rows pg-promote's history holds (any phase): a database with any is one pg-promote knows. */
  historyRows: number;
}

/** Throws a config error (exit 2) naming what was found and the baseline command to run; no query when the history has rows. */
export async function refuseUnknownDatabase(client: pg.ClientBase, input: UnknownDatabaseInput): Promise<void> {
  if (input.historyRows > 0) return;
  // to_regnamespace and to_regclass read names as SQL does: quoted, so case and dots are kept.
  const historyName = `${pg.escapeIdentifier(input.history.schema)}.${pg.escapeIdentifier(input.history.table)}`;
  const { rows } = await client.query<{ histories: FoundTable[]; tables: number; sample: string[] }>(SQL, [HISTORY_TABLE_NAMES, pg.escapeIdentifier(input.schema), historyName, eventsTable(input.history.schema)]);
  const { histories, tables, sample } = rows[0]!;
  const found = classify(histories);
  const history = `${input.history.schema}.${input.history.table}`;
  if (found.length > 0) {
    const what = found.map((d) => `a ${d.reader.tool} history (${shownTable(d.table)})`).join(' and ');
    const commands = found.map((d) => `pg-promote baseline --phase ${input.phase} --from ${d.reader.tool}`);
    throw configError(
      `this database has ${what} and pg-promote's history ${history} is empty: it was migrated by another tool; take it over first with \`${commands.join('` or `')}\` (nothing was run)`,
      { phase: input.phase, object: shownTable(found[0]!.table) },
    );
  }
  if (tables > 0) {
    const names = sample.map((n) => `${input.schema}.${n}`).join(', ') + (tables > sample.length ? ', …' : '');
    throw configError(
      `schema ${input.schema} already holds ${tables === 1 ? 'a table' : `${tables} tables`} (${names}) and pg-promote's history ${history} is empty: ` +
        `record the migrations that built them with \`pg-promote baseline --phase ${input.phase} --to VERSION\` (VERSION: the last one applied) (nothing was run)`,
      { phase: input.phase, object: input.schema },
    );
  }
}
