import { byCodeUnits } from '../../code-unit-order.js';
import { configError, PromoteError } from '../../errors/promote-error.js';
import { parseDirectives } from '../directives.js';
import { compareVersions, parseVersionText, parseVersionedName } from '../versions.js';
import { attachDown, Collector } from './collect.js';
import { EMPTY_NOTE, statementsOf } from './sql-body.js';
import type { LayoutOptions, LayoutRead } from './types.js';

/**
 * pg-promote's own layout: `<version>_<name>.sql` (a version of dot-separated numbers, leading
 * zeros dropped: 001 is 1), DOWN files of the same version in a folder of their own, and
 * `-- pg-promote:no-transaction` in a file's header.
 */
export function comparePgPromoteVersions(a: string, b: string): number {
  const [x, y] = [parseVersionText(a), parseVersionText(b)];
  if (x && y) return compareVersions(x, y);
  return byCodeUnits(a, b);
}

function judge(c: Collector, rel: string, sql: string): { transactional: boolean; notes: string[] } | undefined {
  const statements = statementsOf(sql);
  const header = statements[0] ? sql.slice(0, statements[0].start) : sql;
  try {
    const { transactional } = parseDirectives(header, rel);
    return { transactional, notes: statements.length === 0 ? [EMPTY_NOTE] : [] };
  } catch (err) {
    c.problems.push(err instanceof PromoteError ? err : configError(String(err), { file: rel }));
    return undefined;
  }
}

function readFolder(c: Collector, folder: string, each: (version: string, name: string, rel: string, sql: string) => void): void {
  for (const entry of c.entries(folder)) {
    if (c.skipHidden(entry)) continue;
    if (!entry.name.toLowerCase().endsWith('.sql')) {
      c.ignore(entry.rel, 'not a .sql file');
      continue;
    }
    const parsed = parseVersionedName(entry.name);
    if (!parsed || entry.kind !== 'file') {
      c.problem(entry.kind !== 'file' ? 'named like a migration but not a file' : 'file name does not start with a version number (expected e.g. 001_create_tables.sql)', entry.rel);
      continue;
    }
    const sql = c.text(entry.rel);
    if (sql !== undefined) each(parsed.text, parsed.description, entry.rel, sql);
  }
}

export function readPgPromote(root: string, folder: string, options: LayoutOptions = {}): LayoutRead {
  const c = new Collector('pg-promote', root, folder);
  readFolder(c, folder, (version, name, rel, sql) => {
    const judged = judge(c, rel, sql);
    if (judged && c.claim(version, version, rel)) {
      c.files.push({ version, historyKey: version, description: name.replace(/_/g, ' '), path: rel, upSql: sql, upLine: 1, ...judged });
    }
  });
  if (options.downFolder !== undefined) {
    const byVersion = new Map(c.files.map((f) => [f.version, f]));
    const seen = new Map<string, string>();
    readFolder(c, options.downFolder, (version, _name, rel, sql) => {
      const file = byVersion.get(version);
      const judged = judge(c, rel, sql);
      if (seen.has(version)) c.problem(`DOWN version ${version} is written twice: ${seen.get(version)} and ${rel}`, rel, version);
      else if (!file) c.problem(`DOWN file for version ${version}, which no migration has`, rel, version);
      else if (judged) attachDown(file, rel, sql, judged.transactional);
      seen.set(version, rel);
    });
  }
  return c.finish(comparePgPromoteVersions);
}
