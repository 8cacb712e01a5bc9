import { byCodeUnits } from '../../code-unit-order.js';
import { Collector } from './collect.js';
import { splitSections } from './sections.js';
import { judgeByStatements } from './sql-body.js';
import type { LayoutRead } from './types.js';

/**
 * node-pg-migrate's SQL migrations: any `<number>_<name>.sql`, identified (in its pgmigrations
 * table) by its file name without the extension. The file holds `-- Up Migration` and
 * `-- Down Migration` comment lines; without an up line the whole file is the up migration, as
 * node-pg-migrate reads it. Files are ordered by their numeric prefix, a 17-digit prefix read as
 * a UTC time with milliseconds, ties by name.
 *
 * A SQL file has no way to leave node-pg-migrate's transaction (only JavaScript migrations can
 * call noTransaction()); a file holding a statement PostgreSQL refuses in a transaction block
 * therefore never succeeded under it, and pg-promote runs such a file without a transaction.
 */
const MARKER = /^\s*--[\s-]*(up|down)\s+migration/i;
const SCRIPT = /\.(js|cjs|mjs|ts|cts|mts)$/;

/** What node-pg-migrate orders by: the numeric prefix, 17 digits being yyyyMMddHHmmssSSS in UTC. */
function timestampOf(name: string): number | undefined {
  const prefix = /^\d+/.exec(name)?.[0];
  if (prefix === undefined) return undefined;
  if (prefix.length !== 17) return Number(prefix);
  const [y, mo, d, h, mi, s, ms] = [0, 4, 6, 8, 10, 12, 14].map((at, i, all) => prefix.slice(at, all[i + 1] ?? 17));
  return Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
}

export function compareNodePgMigrateNames(a: string, b: string): number {
  const x = timestampOf(a);
  const y = timestampOf(b);
  if (x !== undefined && y !== undefined && x !== y) return x - y;
  const plain = (n: string) => n.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  return byCodeUnits(plain(a), plain(b)) || byCodeUnits(a, b);
}

export function readNodePgMigrate(root: string, folder: string): LayoutRead {
  const c = new Collector('node-pg-migrate', root, folder);
  for (const entry of c.entries()) {
    if (c.skipHidden(entry)) continue;
    if (SCRIPT.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      c.problem('a JavaScript/TypeScript migration: pg-promote runs SQL migrations only', entry.rel);
      continue;
    }
    if (!entry.name.toLowerCase().endsWith('.sql')) {
      c.ignore(entry.rel, entry.kind === 'folder' ? 'a folder (node-pg-migrate reads one folder)' : 'not a .sql file');
      continue;
    }
    const name = entry.name.slice(0, -'.sql'.length);
    if (timestampOf(name) === undefined || entry.kind !== 'file') {
      c.problem(entry.kind !== 'file' ? 'named like a migration but not a file' : 'name does not start with a number: node-pg-migrate orders files by their numeric prefix', entry.rel);
      continue;
    }
    const text = c.text(entry.rel);
    if (text === undefined || !c.claim(name, name, entry.rel)) continue;
    const sections = splitSections(text, (line) => {
      const m = MARKER.exec(line);
      return m ? { direction: (m[1] as string).toLowerCase() as 'up' | 'down', rest: '' } : undefined;
    });
    if (sections.up.length > 1 || sections.down.length > 1) {
      c.problem(`-- ${sections.up.length > 1 ? 'Up' : 'Down'} Migration is written twice`, entry.rel, name);
      continue;
    }
    const [up] = sections.up;
    const [down] = sections.down;
    if (down && !up) {
      c.problem('-- Down Migration without -- Up Migration: node-pg-migrate would run the down section as part of the up', entry.rel, name);
      continue;
    }
    // Without an up line node-pg-migrate runs the whole text (a down section included) as the up.
    const upSql = up ? up.text : text;
    const judged = judgeByStatements(upSql, 'a node-pg-migrate SQL file cannot leave its transaction, so it never ran there');
    const description = name.replace(/^\d+[_-]?/, '').replace(/[_-]/g, ' ');
    const file = { version: name, historyKey: name, description, path: entry.rel, upSql, upLine: up ? up.line : 1, ...judged };
    if (down) {
      c.files.push({ ...file, downSql: down.text, downPath: entry.rel, downLine: down.line, downTransactional: judgeByStatements(down.text, '').transactional });
    } else c.files.push(file);
  }
  return c.finish(compareNodePgMigrateNames);
}
