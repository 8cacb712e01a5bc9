import { byCodeUnits } from '../../code-unit-order.js';
import { attachDown, Collector } from './collect.js';
import { exists, joinRel } from './folder.js';
import { EMPTY_NOTE, isEmptySql } from './sql-body.js';
import type { LayoutRead } from './types.js';

/**
 * diesel: a folder per migration, `<version>_<name>/up.sql` and (optional since diesel 2.1)
 * `down.sql`. The version is the folder name up to its first underscore (`2019-02-26-002946`),
 * recorded in `__diesel_schema_migrations` without its dashes, and migrations run in the order of
 * that recorded text. Each runs in a transaction unless its `metadata.toml` says
 * `run_in_transaction = false`.
 */
const FOLDER = /^([^_]+)_(.*)$/;

export const dieselHistoryKey = (version: string): string => version.replace(/-/g, '');

export function compareDieselVersions(a: string, b: string): number {
  return byCodeUnits(dieselHistoryKey(a), dieselHistoryKey(b));
}

function runInTransaction(c: Collector, rel: string): boolean | undefined {
  if (!exists(c.root, rel)) return true;
  const text = c.text(rel);
  if (text === undefined) return undefined;
  let value = true;
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const match = /^run_in_transaction\s*=\s*(\S+)$/.exec(line);
    if (!match) continue; // other keys (or tables) are not about how it runs
    if (match[1] !== 'true' && match[1] !== 'false') {
      c.problem(`line ${index + 1}: run_in_transaction must be true or false`, rel);
      return undefined;
    }
    value = match[1] === 'true';
  }
  return value;
}

export function readDiesel(root: string, folder: string): LayoutRead {
  const c = new Collector('diesel', root, folder);
  for (const entry of c.entries()) {
    if (c.skipHidden(entry)) continue;
    if (entry.kind !== 'folder') {
      if (entry.name.toLowerCase().endsWith('.sql')) c.problem('a .sql file outside a migration folder: diesel migrations are folders <version>_<name>/up.sql', entry.rel);
      else c.ignore(entry.rel, 'not a migration folder');
      continue;
    }
    const match = FOLDER.exec(entry.name);
    const up = joinRel(entry.rel, 'up.sql');
    if (!match || !exists(root, up)) {
      c.problem(match ? 'migration folder has no up.sql' : "folder name fits no diesel pattern: <version>_<name>", entry.rel);
      continue;
    }
    const [, version, name] = match as unknown as [string, string, string];
    const sql = c.text(up);
    const transactional = runInTransaction(c, joinRel(entry.rel, 'metadata.toml'));
    if (sql === undefined || transactional === undefined) continue;
    if (!c.claim(dieselHistoryKey(version), version, entry.rel)) continue;
    const notes: string[] = [];
    if (isEmptySql(sql)) notes.push(EMPTY_NOTE);
    if (!transactional) notes.push(`${entry.rel}/metadata.toml says run_in_transaction = false: runs without a transaction`);
    const file = { version, historyKey: dieselHistoryKey(version), description: name.replace(/_/g, ' '), path: up, upSql: sql, upLine: 1, transactional, notes };
    const down = joinRel(entry.rel, 'down.sql');
    const downSql = exists(root, down) ? c.text(down) : undefined;
    if (downSql !== undefined) attachDown(file, down, downSql, transactional);
    c.files.push(file);
  }
  return c.finish(compareDieselVersions);
}
