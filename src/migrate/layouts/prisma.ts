import { Collector, compareIntegerVersions } from './collect.js';
import { exists, joinRel } from './folder.js';
import { judgeByStatements } from './sql-body.js';
import type { LayoutRead } from './types.js';

/**
 * Prisma Migrate: `prisma/migrations/<timestamp>_<name>/migration.sql`, applied in folder-name
 * order and recorded in `_prisma_migrations` by folder name; no down migrations. Prisma sends
 * migration.sql as one script, which PostgreSQL runs as one implicit transaction; it has no
 * per-migration marker, so a file holding a statement PostgreSQL refuses in a transaction block
 * runs without one.
 */
const FOLDER = /^(\d+)_(.*)$/;

export function readPrisma(root: string, folder: string): LayoutRead {
  const c = new Collector('prisma', root, folder);
  for (const entry of c.entries()) {
    if (c.skipHidden(entry)) continue;
    if (entry.kind !== 'folder') {
      if (entry.name === 'migration_lock.toml') c.ignore(entry.rel, "Prisma's provider lock");
      else if (entry.name.toLowerCase().endsWith('.sql')) c.problem('a .sql file outside a migration folder: Prisma migrations are <timestamp>_<name>/migration.sql', entry.rel);
      else c.ignore(entry.rel, 'not a migration folder');
      continue;
    }
    const match = FOLDER.exec(entry.name);
    const file = joinRel(entry.rel, 'migration.sql');
    if (!match || !exists(root, file)) {
      c.problem(match ? 'migration folder has no migration.sql' : 'folder name fits no Prisma pattern: <timestamp>_<name>', entry.rel);
      continue;
    }
    const [, version, name] = match as unknown as [string, string, string];
    const sql = c.text(file);
    if (sql === undefined || !c.claim(version, version, entry.rel)) continue;
    const judged = judgeByStatements(sql, 'Prisma has no per-migration marker');
    c.files.push({ version, historyKey: entry.name, description: name.replace(/_/g, ' '), path: file, upSql: sql, upLine: 1, ...judged });
  }
  return c.finish(compareIntegerVersions);
}
