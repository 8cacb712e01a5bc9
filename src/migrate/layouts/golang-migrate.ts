import { attachDown, Collector, compareIntegerVersions } from './collect.js';
import { EMPTY_NOTE, isEmptySql, judgeByStatements, unwrapTransaction, type Judged } from './sql-body.js';
import type { LayoutRead } from './types.js';

/**
 * golang-migrate: `<version>_<name>.up.sql` and `<version>_<name>.down.sql` side by side, the
 * version an unsigned integer compared as a number (`000001` is 1, as its history records it).
 *
 * It has no per-file transaction marker. Its postgres driver sends a file as one multi-statement
 * query, which PostgreSQL runs as one implicit transaction: so a file is transactional, and one
 * wrapped in BEGIN ... COMMIT is too (the wrapper is blanked out; pg-promote opens the
 * transaction itself). A file holding a statement PostgreSQL refuses in a transaction block ran
 * under golang-migrate only as that single statement, outside any transaction: so it runs without one.
 */
const NAME = /^(\d+)_(.*)\.(up|down)\.sql$/;

function judge(sql: string): Judged & { sql: string } {
  const unwrapped = unwrapTransaction(sql);
  if (unwrapped.wrapped) {
    const notes = ['BEGIN ... COMMIT around the file: pg-promote runs it in its own transaction instead'];
    if (isEmptySql(unwrapped.sql)) notes.push(EMPTY_NOTE);
    return { sql: unwrapped.sql, transactional: true, notes };
  }
  return { sql, ...judgeByStatements(sql, 'golang-migrate has no per-file marker') };
}

export function readGolangMigrate(root: string, folder: string): LayoutRead {
  const c = new Collector('golang-migrate', root, folder);
  const downs = new Map<string, { path: string; sql: string; transactional: boolean; version: string }>();
  const misnamed = "name fits neither of golang-migrate's patterns: <version>_<name>.up.sql, <version>_<name>.down.sql";
  for (const { entry, match, text: sql } of c.namedSqlFiles(NAME, 'golang-migrate', misnamed)) {
    const [, version, name, direction] = match as unknown as [string, string, string, string];
    const identity = BigInt(version).toString();
    const judged = judge(sql);
    if (direction === 'down') {
      const clash = downs.get(identity);
      if (clash) c.problem(`down for version ${version} is written twice: ${clash.path} and ${entry.rel}`, entry.rel, version);
      else downs.set(identity, { path: entry.rel, sql: judged.sql, transactional: judged.transactional, version });
      continue;
    }
    if (!c.claim(identity, version, entry.rel)) continue;
    c.files.push({ version, historyKey: identity, description: name.replace(/_/g, ' '), path: entry.rel, upSql: judged.sql, upLine: 1, transactional: judged.transactional, notes: judged.notes });
  }
  for (const file of c.files) {
    const down = downs.get(file.historyKey);
    if (!down) continue;
    downs.delete(file.historyKey);
    attachDown(file, down.path, down.sql, down.transactional);
  }
  for (const orphan of downs.values()) c.problem(`down for version ${orphan.version}, which no .up.sql file has`, orphan.path, orphan.version);
  return c.finish(compareIntegerVersions);
}
