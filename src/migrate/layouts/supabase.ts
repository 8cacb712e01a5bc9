import { Collector, compareIntegerVersions } from './collect.js';
import { judgeByStatements } from './sql-body.js';
import type { LayoutRead } from './types.js';

/**
 * The Supabase CLI: `supabase/migrations/<timestamp>_<name>.sql`, recorded by timestamp in
 * `supabase_migrations.schema_migrations`, no down migrations. The CLI runs each file in its own
 * transaction and has no per-file marker, so a file holding a statement PostgreSQL refuses in a
 * transaction block runs without one.
 */
const NAME = /^(\d+)_(.*)\.sql$/;

export function readSupabase(root: string, folder: string): LayoutRead {
  const c = new Collector('supabase', root, folder);
  for (const { entry, match, text: sql } of c.namedSqlFiles(NAME, 'the Supabase CLI', 'name fits no Supabase pattern: <timestamp>_<name>.sql')) {
    const [, version, name] = match as unknown as [string, string, string];
    if (!c.claim(version, version, entry.rel)) continue;
    const judged = judgeByStatements(sql, 'the Supabase CLI has no per-file marker');
    c.files.push({ version, historyKey: version, description: name.replace(/_/g, ' '), path: entry.rel, upSql: sql, upLine: 1, ...judged });
  }
  return c.finish(compareIntegerVersions);
}
