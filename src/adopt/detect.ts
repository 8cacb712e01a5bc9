import type pg from 'pg';
import { configError, usageError } from '../errors/promote-error.js';
import { dbmate } from './dbmate.js';
import { diesel } from './diesel.js';
import { flyway } from './flyway.js';
import { parseHistoryTable, type FoundTable, type ForeignHistory, type HistoryReader, type ReadOptions, type Tool } from './foreign-history.js';
import { golangMigrate } from './golang-migrate.js';
import { goose } from './goose.js';
import { nodePgMigrate } from './node-pg-migrate.js';
import { prisma } from './prisma.js';
import { sqitch } from './sqitch.js';
import { supabase } from './supabase.js';

export const READERS: readonly HistoryReader[] = [flyway, golangMigrate, dbmate, goose, nodePgMigrate, diesel, prisma, supabase, sqitch];

/**
 * Every table named as one of the tools names its history, in any schema but the system's,
 * with its columns: whose it is is decided by the columns (golang-migrate's and dbmate's
 * schema_migrations differ only by `dirty`). A fragment, so the unknown-database check can ask
 * it in the same query as its own.
 */
export const HISTORY_TABLES_SQL = `SELECT n.nspname AS schema, c.relname AS name,
  ARRAY(SELECT a.attname::text FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS columns
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND c.relname = ANY($1::text[])
  AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'`;

export const HISTORY_TABLE_NAMES = [...new Set(READERS.flatMap((r) => [r.table, ...(r.aliases ?? [])]))];

const named = (r: HistoryReader, name: string) => r.table === name || (r.aliases ?? []).includes(name);

export interface DetectedHistory {
  reader: HistoryReader;
  table: FoundTable;
}

/** Which tool each found table belongs to; a table no tool recognises (someone's own `changes`) is left out. */
export function classify(found: readonly FoundTable[]): DetectedHistory[] {
  return found.flatMap((table) => {
    const reader = READERS.find((r) => named(r, table.name) && r.recognises(table));
    return reader ? [{ reader, table }] : [];
  });
}

export async function detectHistories(client: pg.ClientBase): Promise<DetectedHistory[]> {
  const { rows } = await client.query<FoundTable>(HISTORY_TABLES_SQL, [HISTORY_TABLE_NAMES]);
  return classify(rows);
}

export const shownTable = (t: FoundTable): string => `${t.schema}.${t.name}`;

export interface ForeignHistoryOptions extends ReadOptions {
  /** When a tool's table is in several schemas, the one in this schema (the phase's) is meant. */
  schema?: string;
  /** `--history-table [schema.]table`: the tool was configured with a table name of its own. */
  table?: string;
}

/**
 * Reads the history `from` names: `auto` is the one tool whose table exists (none, or several,
 * is a usage error naming what was found). One catalog query, then one query on the table.
 */
export async function readForeignHistory(client: pg.ClientBase, from: Tool | 'auto', options: ForeignHistoryOptions = {}): Promise<ForeignHistory> {
  if (options.table !== undefined) return readNamedHistory(client, from, options.table, options);
  const detected = await detectHistories(client);
  const candidates = from === 'auto' ? detected : detected.filter((d) => d.reader.tool === from);
  const inSchema = candidates.filter((d) => d.table.schema === options.schema);
  const chosen = candidates.length > 1 && inSchema.length > 0 ? inSchema : candidates;
  const listed = (list: DetectedHistory[]) => list.map((d) => `${d.reader.tool} (${shownTable(d.table)})`).join(', ');
  if (chosen.length === 0) {
    const what = from === 'auto' ? 'no migration tool\'s history table' : `no ${from} history table (${READERS.find((r) => r.tool === from)!.table})`;
    const found = detected.length > 0 ? `; found ${listed(detected)}` : '';
    throw configError(`${what} in this database${found}; a history kept under a name of its own is read with --history-table SCHEMA.TABLE`, { key: '--from' });
  }
  if (chosen.length > 1) {
    const how = from === 'auto' ? 'name one with --from' : `none is in the phase's schema${options.schema ? ` ${options.schema}` : ''}, so which one is meant cannot be told`;
    throw usageError(`several migration histories in this database: ${listed(chosen)}; ${how}`, { key: '--from' });
  }
  const { reader, table } = chosen[0]!;
  return { tool: reader.tool, table: shownTable(table), entries: await reader.read(client, table, options) };
}

export const readerOf = (tool: Tool): HistoryReader => READERS.find((r) => r.tool === tool)!;

/** The catalog entry of one table by name, in one schema or any but the system's; its columns, for recognising whose it is. */
const NAMED_TABLE_SQL = `SELECT n.nspname AS schema, c.relname AS name,
  ARRAY(SELECT a.attname::text FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS columns
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND c.relname = $2 AND ($1::text IS NULL OR n.nspname = $1)
  AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
ORDER BY n.nspname`;

/**
 * A history under a name the tool was configured with (Flyway's `table`, golang-migrate's
 * `x-migrations-table`, dbmate's `--migrations-table`, a Sqitch registry schema): whose it is
 * is decided by its columns, as for the default names.
 */
async function readNamedHistory(client: pg.ClientBase, from: Tool | 'auto', text: string, options: ReadOptions): Promise<ForeignHistory> {
  const { schema, name } = parseHistoryTable(text);
  const { rows } = await client.query<FoundTable>(NAMED_TABLE_SQL, [schema ?? null, name]);
  if (rows.length === 0) throw configError(`no table ${text} in this database (--history-table)`, { key: '--history-table', object: text });
  if (rows.length > 1) {
    throw usageError(`--history-table ${text} is in several schemas (${rows.map(shownTable).join(', ')}); name one as schema.table`, { key: '--history-table' });
  }
  const table = rows[0]!;
  const readers = READERS.filter((r) => (from === 'auto' || r.tool === from) && r.recognises(table));
  const tools = (from === 'auto' ? READERS : READERS.filter((r) => r.tool === from)).map((r) => r.tool);
  if (readers.length === 0) {
    throw configError(
      `${shownTable(table)} is not ${from === 'auto' ? 'a history table of any tool pg-promote reads' : `a ${from} history table`}: its columns (${table.columns.join(', ')}) are not the ones ${tools.length === 1 ? `${tools[0]} creates` : 'those tools create'}`,
      { key: '--history-table', object: shownTable(table) },
    );
  }
  if (readers.length > 1) {
    throw usageError(`${shownTable(table)} could be ${readers.map((r) => r.tool).join(' or ')}'s history; name the tool with --from`, { key: '--from', object: shownTable(table) });
  }
  const reader = readers[0]!;
  return { tool: reader.tool, table: shownTable(table), entries: await reader.read(client, table, options) };
}
