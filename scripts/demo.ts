// npm run demo: the runbook's promotion, end to end, against a throwaway PostgreSQL.
// Starts a cluster, creates `staging` and `production`, and drives the real CLI bundle
// (dist/cli/index.js) through every stage: plan, migrate on staging; on production the staging
// gate, a verified backup with PITR readiness, the backup gate, migrate, verify (and a broken
// grant caught), the report, and a rollback drill that restores the backup. Then it removes
// the cluster and its files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startThrowawayCluster } from '../src/cluster/throwaway.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cliPath = path.join(root, 'dist/cli/index.js');
const work = mkdtempSync(path.join(os.tmpdir(), 'pg-promote-demo-'));
const backups = path.join(work, 'backups');
const started = Date.now();

function step(title: string): void {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 74 - title.length))}`);
}

/** The CLI as a user runs it; the URL (with its password) travels in the environment. */
function pgPromote(databaseUrl: string, args: string[], expect = 0, env: Record<string, string> = {}): string {
  console.log(`$ pg-promote ${args.join(' ')}`);
  const json = args.includes('--json');
  const run = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: root,
    stdio: ['ignore', json ? 'pipe' : 'inherit', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl },
  });
  if (run.status !== expect) throw new Error(`pg-promote ${args[0]} exited ${run.status}, expected ${expect}`);
  if (json) console.log(`  (exit ${run.status}; result saved)`);
  else if (expect !== 0) console.log(`  (exit ${run.status}, as expected)`);
  return run.stdout ?? '';
}

function saved(name: string, json: string): string {
  const file = path.join(work, name);
  writeFileSync(file, json);
  return file;
}

const newest = (suffix: string) => {
  const file = readdirSync(backups).filter((f) => f.endsWith(suffix)).sort().at(-1);
  if (!file) throw new Error(`no ${suffix} in ${backups}`);
  return path.join(backups, file);
};

step('starting a throwaway PostgreSQL cluster');
const cluster = await startThrowawayCluster();
const stop = async () => {
  await cluster.stop();
  rmSync(work, { recursive: true, force: true });
};
process.once('SIGINT', () => void stop().then(() => process.exit(130)));
let failed = false;
try {
  console.log(`PostgreSQL from ${cluster.binDir} on 127.0.0.1:${cluster.port}`);
  const staging = await cluster.createDatabase('staging');
  const production = await cluster.createDatabase('production');

  step('staging: plan, then migrate (eng, then vh: migrations, views, policies)');
  pgPromote(staging, ['plan']);
  pgPromote(staging, ['migrate']);

  step('production: plan with the staging gate (and lint, judged against production)');
  const plan = saved('plan.json', pgPromote(production, ['plan', '--staging-url', staging, '--json']));

  step('production: a verified backup, with PITR readiness');
  const backup = saved('backup.json', pgPromote(production, ['backup', '--backup-dir', backups, '--json']));
  pgPromote(production, ['status']);

  step('production: migrate without the backup is refused (production needs one)');
  pgPromote(production, ['migrate'], 2);

  step('production: migrate with the verified backup and the staging gate');
  const manifest = newest('.manifest.json');
  const migrate = saved('migrate.json', pgPromote(production, ['migrate', '--backup-manifest', manifest, '--staging-url', staging, '--json']));
  pgPromote(production, ['status']);

  step('production: verify (RLS, role access, boundary grants, views, row counts, audit trail)');
  const verify = saved('verify.json', pgPromote(production, ['verify', '--json']));
  pgPromote(production, ['verify', '--phase', 'eng']);

  step('production: someone grants vh_ingest a write on eng; verify catches it');
  await cluster.sql('GRANT INSERT ON eng.teams TO vh_ingest', 'production');
  pgPromote(production, ['verify', '--phase', 'vh'], 1);
  await cluster.sql('REVOKE INSERT ON eng.teams FROM vh_ingest', 'production');

  step('production: the promotion report (the runbook\'s success criteria)');
  pgPromote(production, ['report', '--results', plan, '--results', backup, '--results', migrate, '--results', verify]);
  const auditDir = path.join(root, 'ops/audit');
  console.log(`audit file (kept after the demo): ${path.join(auditDir, readdirSync(auditDir).filter((f) => f.endsWith('.md')).sort().at(-1) ?? '')}`);

  step('rollback drill: a backup, an accident, a restore');
  pgPromote(production, ['backup', '--backup-dir', backups]);
  await cluster.sql('DELETE FROM vh.ingest_runs; DROP VIEW views.eng_governance_summary;', 'production');
  console.log('accident: every vh.ingest_runs row deleted, views.eng_governance_summary dropped');
  pgPromote(production, ['restore', '--backup', newest('.dump'), '--confirm', 'production']);
  const rows = (await cluster.sql('SELECT count(*)::int AS n FROM vh.ingest_runs', 'production')).rows[0].n;
  const view = (await cluster.sql("SELECT to_regclass('views.eng_governance_summary') IS NOT NULL AS back", 'production')).rows[0].back;
  console.log(`after the restore: vh.ingest_runs has ${rows} rows; views.eng_governance_summary ${view ? 'is back' : 'is MISSING'}`);
  if (!view || rows === 0) throw new Error('the restore did not bring the data back');
} catch (err) {
  failed = true;
  console.error(`demo failed: ${(err as Error).message}`);
} finally {
  await stop();
}
console.log(`\ndemo ${failed ? 'FAILED' : 'finished'} in ${((Date.now() - started) / 1000).toFixed(1)} s; the throwaway cluster and its files are removed.`);
process.exitCode = failed ? 1 : 0;
