import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { LAYOUT_READERS, type LayoutName, type LayoutRead } from '../../src/migrate/layouts/index.js';
import { realPgBin } from './postgres.js';

// Each fixture tree tells one schema's story (16 migrations: an empty one, one that cannot run in
// a transaction, functions with semicolons inside dollar quotes) in the shape its tool documents.
export const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'layouts');
export const FIXTURE_FOLDERS: Record<Exclude<LayoutName, 'pg-promote'>, string> = {
  flyway: 'src/main/resources/db/migration',
  'golang-migrate': 'db/migrations',
  dbmate: 'db/migrations',
  goose: 'migrations',
  'node-pg-migrate': 'migrations',
  diesel: 'migrations',
  prisma: 'prisma/migrations',
  supabase: 'supabase/migrations',
  sqitch: 'db',
};

export function readFixture(tool: keyof typeof FIXTURE_FOLDERS): LayoutRead {
  return LAYOUT_READERS[tool](path.join(FIXTURES, tool), FIXTURE_FOLDERS[tool]);
}

/** A child's connection settings: through the environment, never on its command line. */
export const pgEnv = (url: string): NodeJS.ProcessEnv => {
  const u = new URL(url);
  return {
    PATH: process.env.PATH,
    PGHOST: u.hostname,
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)),
  };
};

/** psql with ON_ERROR_STOP, the connection through the environment (never on its command line). */
export function psql(url: string, sql: string, singleTransaction: boolean): Promise<string> {
  const args = ['-X', '-q', '-v', 'ON_ERROR_STOP=1', ...(singleTransaction ? ['-1'] : []), '-f', '-'];
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(realPgBin(), 'psql'), args, { env: pgEnv(url) });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stderr) : reject(new Error(`psql exited ${code}: ${stderr}`))));
    child.stdin.end(sql);
  });
}

export function schemaDump(url: string): string {
  const out = execFileSync(path.join(realPgBin(), 'pg_dump'), ['--schema-only', '--schema=app'], { env: pgEnv(url), encoding: 'utf8' });
  // pg_dump 17.6+ fences its output with a random \restrict key.
  return out.replace(/^\\(un)?restrict .*$/gm, '');
}

