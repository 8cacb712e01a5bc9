// npm run demo: the runbook's promotion, end to end, against a throwaway PostgreSQL.
// Starts a cluster, creates `staging` and `production`, runs plan and migrate with the real
// CLI bundle (dist/cli/index.js) against staging and then production, and removes the cluster.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startThrowawayCluster } from '../src/cluster/throwaway.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cliPath = path.join(root, 'dist/cli/index.js');
const started = Date.now();

function step(title: string): void {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

/** The CLI as a user runs it; the URL (with its password) travels in the environment. */
function pgPromote(databaseUrl: string, ...args: string[]): number {
  console.log(`$ pg-promote ${args.join(' ')}`);
  const run = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return run.status ?? 1;
}

step('starting a throwaway PostgreSQL cluster');
const cluster = await startThrowawayCluster();
const stop = () => cluster.stop();
process.once('SIGINT', () => void stop().then(() => process.exit(130)));
let failed = false;
try {
  console.log(`PostgreSQL from ${cluster.binDir} on 127.0.0.1:${cluster.port}`);
  const staging = await cluster.createDatabase('staging');
  const production = await cluster.createDatabase('production');
  for (const [name, url] of [['staging', staging], ['production', production]] as const) {
    step(`${name}: plan`);
    if (pgPromote(url, 'plan') !== 0) throw new Error(`plan failed on ${name}`);
    step(`${name}: migrate (eng, then vh: migrations, views, policies)`);
    if (pgPromote(url, 'migrate') !== 0) throw new Error(`migrate failed on ${name}`);
  }
  step('production: status');
  pgPromote(production, 'status');
  step('production: what the runbook checks by hand');
  const rls = await cluster.sql(
    "SELECT string_agg(tablename, ', ' ORDER BY tablename) AS t FROM pg_tables WHERE schemaname = 'eng' AND rowsecurity",
    'production',
  );
  console.log(`eng tables with row-level security: ${rls.rows[0].t}`);
  const history = await cluster.sql(
    "SELECT phase, kind, count(*)::int AS files FROM audit.migration_log WHERE success GROUP BY phase, kind ORDER BY min(id)",
    'production',
  );
  for (const row of history.rows) console.log(`history: ${row.phase} ${row.kind} × ${row.files}`);
  step('production: a second migrate is a no-op');
  pgPromote(production, 'migrate');
} catch (err) {
  failed = true;
  console.error(`demo failed: ${(err as Error).message}`);
} finally {
  await stop();
}
console.log(`\ndemo ${failed ? 'FAILED' : 'finished'} in ${((Date.now() - started) / 1000).toFixed(1)} s; the throwaway cluster is removed.`);
process.exitCode = failed ? 1 : 0;
