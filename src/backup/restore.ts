import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { ConnectionTarget } from '../db/connection-url.js';
import { CheckFailed, errorOfKind } from '../errors/promote-error.js';
import { runPgRestore, type ArchiveInput } from './archive-input.js';
import { dbnameArg, toolFailure } from './pg-tool.js';
import type { TocListing } from './verify-toc.js';

/**
 * The runbook's Immediate Rollback: pg_restore --clean --if-exists. One job runs as a single
 * transaction, so a restore that fails part-way leaves the database as it was; parallel jobs
 * (directory format) cannot share a transaction and stop at the first error instead.
 */
export function restoreArgs(target: ConnectionTarget, jobs: number, listFile?: string): string[] {
  const args = ['--clean', '--if-exists', '--no-password', dbnameArg(target)];
  if (listFile) args.push(`--use-list=${listFile}`);
  return jobs > 1 ? [...args, `--jobs=${jobs}`, '--exit-on-error'] : [...args, '--single-transaction'];
}

export async function restoreInto(options: {
  pgRestore: string;
  input: ArchiveInput;
  target: ConnectionTarget;
  jobs: number;
  /** A table of contents to restore by (see restoreList). */
  listFile?: string;
  progressEveryMs: number;
  onProgress: (fedBytes: number | undefined, elapsedMs: number) => void;
}): Promise<void> {
  const started = Date.now();
  let fed: number | undefined;
  const ticker = setInterval(() => options.onProgress(fed, Date.now() - started), options.progressEveryMs);
  try {
    const { exit, decryptError } = await runPgRestore(options.pgRestore, restoreArgs(options.target, options.jobs, options.listFile), options.input, {
      target: options.target,
      onFed: (bytes) => {
        fed = bytes;
      },
    });
    if (decryptError) {
      throw new CheckFailed(`restore stopped: ${decryptError.message}; pg_restore was killed before it could commit`, { file: options.input.shown });
    }
    if (exit.code !== 0) {
      const how = options.jobs > 1 ? 'the restore stopped at the first error; objects restored before it stay restored' : 'nothing was changed (one transaction, rolled back)';
      const failure = toolFailure('pg_restore', exit, { target: options.target, doing: `restore into ${options.target.display} failed` });
      throw errorOfKind(failure.kind, `${failure.message}; ${how}`, failure.context);
    }
  } finally {
    clearInterval(ticker);
  }
}

export const EXISTING_SCHEMAS_SQL = 'SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname = ANY($1::text[])';

/**
 * --clean would DROP SCHEMA every schema in the backup, which fails (and, in one transaction,
 * fails the whole restore) as soon as the schema holds anything the backup does not, such as
 * the table a failed promotion created. Schemas that exist are kept; everything in them that
 * the backup holds is still dropped and restored.
 *
 * Some tables must outlive a restore: the audit trail of decisions (a restore must not erase
 * the record of what led to it) and the feature flags (a kill switch thrown before restoring
 * must stay thrown). Their entries (table, data, constraints, defaults, owned sequences) are
 * left out, so --clean neither drops nor restores them. The edited list is not secret (names only).
 */
export async function restoreList(
  client: pg.ClientBase,
  listing: TocListing,
  keepTables: readonly { schema: string; table: string }[] = [],
): Promise<{ file?: string; kept: string[]; keptTables: string[]; cleanup(): Promise<void> }> {
  const names = listing.schemas.map((s) => s.name);
  const existing = new Set((await client.query<{ nspname: string }>(EXISTING_SCHEMAS_SQL, [names])).rows.map((r) => r.nspname));
  const skipped = new Set(listing.schemas.filter((s) => existing.has(s.name)).map((s) => s.dumpId));
  // Kept only where it is there to keep: a table the accident dropped comes back from the backup.
  const quoted = (t: { schema: string; table: string }) => `${pg.escapeIdentifier(t.schema)}.${pg.escapeIdentifier(t.table)}`;
  const present = new Set((await client.query<{ name: string }>(EXISTING_TABLES_SQL, [keepTables.map(quoted)])).rows.map((r) => r.name));
  const keep = keepTables.filter((t) => present.has(quoted(t)));
  const lines = listing.lines ?? [];
  const sequences = ownedSequences(lines, keep);
  const keptTables = new Set<string>();
  const edited = lines.map((line) => {
    if (skipped.has(line.slice(0, line.indexOf(';')))) return `;${line}`;
    const kept = keep.find((t) => belongsToTable(line, t, sequences));
    if (!kept) return line;
    keptTables.add(`${kept.schema}.${kept.table}`);
    return `;${line}`;
  });
  if ((skipped.size === 0 && keptTables.size === 0) || !listing.lines) return { kept: [], keptTables: [], cleanup: async () => undefined };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pg-promote-restore-'));
  const file = path.join(dir, 'restore.list');
  await writeFile(file, `${edited.join('\n')}\n`, { mode: 0o600 });
  return { file, kept: [...existing], keptTables: [...keptTables], cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Which of the given tables exist, by their quoted names (as to_regclass takes them). */
export const EXISTING_TABLES_SQL = 'SELECT n AS name FROM unnest($1::text[]) AS n WHERE to_regclass(n) IS NOT NULL';

// "dumpId; catalog oid DESCRIPTION schema name ...": the entry kinds that belong to one table.
// Longer kinds first: "TABLE DATA s t" must not read as a TABLE in schema DATA.
const TABLE_ENTRY = /^\d+; \d+ \d+ (TABLE DATA|TABLE|FK CONSTRAINT|CONSTRAINT|DEFAULT|TRIGGER|POLICY|ROW SECURITY|SEQUENCE OWNED BY|SEQUENCE SET|SEQUENCE) (\S+) (\S+)(?: (\S+))?/;

/**
 * The serial sequences of the kept tables: a column's DEFAULT entry ("DEFAULT s table column")
 * names the column, and PostgreSQL names its sequence table_column_seq. Matching that exact
 * name, not a prefix, leaves another table's sequence (table_history_id_seq) alone.
 */
function ownedSequences(lines: readonly string[], keep: readonly { schema: string; table: string }[]): Set<string> {
  const names = new Set<string>();
  for (const line of lines) {
    const m = TABLE_ENTRY.exec(line);
    if (m?.[1] !== 'DEFAULT' || m[4] === undefined) continue;
    if (keep.some((t) => t.schema === m[2] && t.table === m[3])) names.add(`${m[2]}.${m[3]}_${m[4]}_seq`);
  }
  return names;
}

function belongsToTable(line: string, t: { schema: string; table: string }, sequences: ReadonlySet<string>): boolean {
  const m = TABLE_ENTRY.exec(line);
  if (!m || m[2] !== t.schema) return false;
  return m[3] === t.table || (m[1]!.startsWith('SEQUENCE') && sequences.has(`${m[2]}.${m[3]}`));
}
