import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { withDatabase, type ConnectionTarget } from '../db/connection-url.js';
import { connectClient } from '../db/session.js';
import { CheckFailed } from '../errors/promote-error.js';
import { runPgRestore, type ArchiveInput } from './archive-input.js';
import { countRows, dumpedObjects, policyName, qualifiedName } from './catalog.js';
import { dbnameArg, toolErrorLine } from './pg-tool.js';
import type { DeepVerification, TableRows } from './types.js';

/** Where scratch databases are created: the target's server, or the one --scratch-url names. */
export interface ScratchServer {
  /** Connected to a maintenance database of that server; creates and drops the scratch database. */
  admin: pg.Client;
  /** The server's resolved connection (another database on it is the scratch copy). */
  target: ConnectionTarget;
}

export interface Expected {
  tables: TableRows[];
  views: string[];
  policies: string[];
}

const DIFFERENCES_SHOWN = 5;

/**
 * Deep verification: the backup restored into a new, uniquely named database, compared with
 * what the manifest says the database held (exact counts from the dump's own snapshot), and
 * the scratch database dropped whatever happened.
 */
export async function verifyByRestore(options: {
  pgRestore: string;
  input: ArchiveInput;
  server: ScratchServer;
  jobs: number;
  expected: Expected;
  onCleanupFailure: (message: string) => void;
}): Promise<DeepVerification> {
  const started = Date.now();
  const { server } = options;
  const name = `pgpromote_verify_${randomBytes(6).toString('hex')}`;
  const target = withDatabase(server.target, name);
  try {
    await server.admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE template0`);
  } catch (err) {
    const e = err as { code?: string; message: string };
    const hint = e.code === '42501' ? ' (--verify restore needs CREATEDB there; or pass --scratch-url to a server where it has it)' : '';
    throw new CheckFailed(`deep verification cannot create a scratch database on ${server.target.display}: ${e.message}${hint}`, {
      object: server.target.display,
    });
  }
  try {
    const parallel = options.input.format === 'directory' && options.jobs > 1;
    const args = ['--no-password', '--exit-on-error', dbnameArg(target), parallel ? `--jobs=${options.jobs}` : '--single-transaction'];
    const { exit, decryptError } = await runPgRestore(options.pgRestore, args, options.input, { target });
    if (decryptError) throw new CheckFailed(`deep verification: ${decryptError.message}`, { file: options.input.shown });
    if (exit.code !== 0) {
      throw new CheckFailed(`deep verification: the backup does not restore into ${target.display}: ${toolErrorLine('pg_restore', exit)}`, {
        object: target.display,
      });
    }
    const differences = await compare(target, options.expected);
    if (differences.list.length > 0) {
      const shown = differences.list.slice(0, DIFFERENCES_SHOWN).join('; ');
      const more = differences.list.length > DIFFERENCES_SHOWN ? ` (and ${differences.list.length - DIFFERENCES_SHOWN} more)` : '';
      throw new CheckFailed(`deep verification: the restored copy differs from the database at backup time: ${shown}${more}`, {
        object: target.display,
      });
    }
    return { scratch: target.display, ...differences.totals, durationMs: Date.now() - started };
  } finally {
    await dropScratch(server.admin, name).catch((err: Error) =>
      options.onCleanupFailure(`could not drop the scratch database ${name} on ${server.target.display}: ${err.message}; drop it by hand`),
    );
  }
}

async function compare(target: ConnectionTarget, expected: Expected): Promise<{ list: string[]; totals: Omit<DeepVerification, 'scratch' | 'durationMs'> }> {
  const client = await connectClient(target, 'pg-promote verify');
  try {
    await client.query('SET row_security = off');
    const objects = await dumpedObjects(client);
    const counts = await countRows(client, objects.tables);
    const list: string[] = [];
    const restoredTables = new Set(objects.tables.map(qualifiedName));
    for (const table of expected.tables) {
      const name = qualifiedName(table);
      if (!restoredTables.has(name)) list.push(`table ${name} is missing`);
      else if (table.rows !== undefined && counts.has(name) && counts.get(name) !== table.rows) {
        list.push(`table ${name} has ${counts.get(name)} rows, ${table.rows} at backup time`);
      }
    }
    const views = new Set(objects.views.map(qualifiedName));
    for (const view of expected.views) if (!views.has(view)) list.push(`view ${view} is missing`);
    const policies = new Set(objects.policies.map(policyName));
    for (const policy of expected.policies) if (!policies.has(policy)) list.push(`policy ${policy} is missing`);
    let rows = 0;
    for (const n of counts.values()) rows += n;
    return { list, totals: { tables: objects.tables.length, rows, views: objects.views.length, policies: objects.policies.length } };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** WITH (FORCE) (PostgreSQL 13+) ends sessions a failed pg_restore may have left behind. */
async function dropScratch(admin: pg.Client, name: string): Promise<void> {
  const version = Number((await admin.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")).rows[0]?.v ?? 0);
  if (version >= 130000) {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    return;
  }
  await admin.query('SELECT pg_catalog.pg_terminate_backend(pid) FROM pg_catalog.pg_stat_activity WHERE datname = $1', [name]);
  await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)}`);
}
