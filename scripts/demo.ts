// npm run demo: the runbook's promotion, end to end, against a throwaway PostgreSQL.
// Starts a cluster, creates `staging` and `production`, and drives the real CLI bundle
// (dist/cli/index.js) through every stage: plan, migrate on staging; on production the staging
// gate, a verified backup with PITR readiness, the backup gate, migrate, verify (and a broken
// grant caught), the latency baseline, the feature-flag ramp with a simulated ingest service
// (healthy, then failing: the flag reverts by itself), the latency comparison, the report, and a
// rollback drill: kill switches off, stakeholders told, the backup restored. A local webhook
// stands in for Slack and shows each message. Then it removes the cluster and its files.
//
// The server programs are the system's, else the embedded npm package's (src/cluster/pg-bin.ts).
// Without pg_dump and pg_restore the stages that need them are shown as skipped, with the
// command that installs them, and everything else still runs.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { majorOf } from '../src/cluster/program-version.js';
import { toolsForBackup } from '../src/backup/tool-version.js';
import { installCommand } from '../src/cluster/install-command.js';
import { locatePgServer } from '../src/cluster/pg-bin.js';
import { startThrowawayCluster, type ThrowawayCluster } from '../src/cluster/throwaway.js';
import { formatErrorLine } from '../src/errors/format.js';
import { PromoteError } from '../src/errors/promote-error.js';
import { startIngestSim } from './ingest-sim.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cliPath = path.join(root, 'dist/cli/index.js');
const work = mkdtempSync(path.join(os.tmpdir(), 'pg-promote-demo-'));
const backups = path.join(work, 'backups');
const started = Date.now();
// The sample config encrypts backups with the key in PG_PROMOTE_BACKUP_KEY, which the workflows
// take from a secret: the demo makes a throwaway key for its own backups.
const backupKey = randomBytes(32).toString('hex');

function step(title: string): void {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 74 - title.length))}`);
}

/** The CLI as a user runs it; the URL (with its password) travels in the environment. */
async function pgPromote(databaseUrl: string, args: string[], expect: number | number[] = 0, env: Record<string, string> = {}): Promise<void> {
  const full = [...args, '--config', demoConfig];
  console.log(`$ pg-promote ${args.join(' ')}`);
  const child = spawn(process.execPath, [cliPath, ...full], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, PG_PROMOTE_BACKUP_KEY: backupKey, ...env, DATABASE_URL: databaseUrl, DEMO_SLACK_WEBHOOK_URL: webhookUrl },
  });
  const status = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const allowed = Array.isArray(expect) ? expect : [expect];
  if (status === null || !allowed.includes(status)) throw new Error(`pg-promote ${args[0]} exited ${status}, expected ${allowed.join(' or ')}`);
  if (status !== 0) console.log(`  (exit ${status}, as expected)`);
}

/** Stands in for Slack: what pg-promote posts is shown as it arrives. */
async function startWebhook(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString('utf8')));
    req.on('end', () => {
      const text = String((JSON.parse(body) as { text?: string }).text ?? '');
      console.log(`  📣 webhook received: ${text.split('\n').filter(Boolean).slice(0, 3).join(' / ')}`);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/slack-webhook`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Where a stage's result document goes (--result-file), for the report. */
const result = (name: string): string => path.join(work, `${name}.json`);

const newest = (suffix: string) => {
  const file = readdirSync(backups).filter((f) => f.endsWith(suffix)).sort().at(-1);
  if (!file) throw new Error(`no ${suffix} in ${backups}`);
  return path.join(backups, file);
};

// The repository's db/promotion.yml, plus what a team adds for its own channels and calendar:
// a webhook (its URL from the environment, as from a secret) and a maintenance window.
const demoConfig = path.join(work, 'promotion.yml');
writeFileSync(
  demoConfig,
  // The latency gate's runs over a few seconds rather than its default minute: a demo, not a gate.
  `${readFileSync(path.join(root, 'db/promotion.yml'), 'utf8')
    .replace(/^latency:\n/m, 'latency:\n  span: 3s\n')
    .replace(/^notifications:\n {2}title: .*\n/m, 'notifications:\n  title: Database Housekeeping Promotion (demo)\n  webhooks:\n    ops-slack: { url_env: DEMO_SLACK_WEBHOOK_URL, format: slack }\n')}
maintenance_windows:
  demo-all-day: { days: [mon, tue, wed, thu, fri, sat, sun], start: "00:00", end: "24:00", time_zone: UTC }
`,
);

/** No server programs, a PG_BIN without them, a cluster that cannot start: said in words, exit 2. */
function refuse(err: unknown): never {
  const line = err instanceof PromoteError ? formatErrorLine({ kind: err.kind, message: err.message, ...err.context }) : (err as Error).message;
  console.error(`demo: ${line}`);
  rmSync(work, { recursive: true, force: true });
  process.exit(2);
}

step('starting a throwaway PostgreSQL cluster and a local webhook standing in for Slack');
let cluster: ThrowawayCluster;
try {
  console.log(locatePgServer().reason);
  cluster = await startThrowawayCluster();
} catch (err) {
  refuse(err);
}
const webhook = await startWebhook();
const webhookUrl = webhook.url;
const stop = async () => {
  await cluster.stop();
  await webhook.close();
  rmSync(work, { recursive: true, force: true });
};
process.once('SIGINT', () => void stop().then(() => process.exit(130)));
let failed = false;
/** Set when pg_dump and pg_restore cannot be used (not found, or older than the server): the command that installs them. */
let installClients: string | undefined;
const noClients = () => installClients !== undefined;
const skipped: string[] = [];
const skip = (stage: string) => {
  skipped.push(stage);
  console.log(`skipped: ${stage} (needs pg_dump and pg_restore; install them: ${installClients})`);
};
// Stopped in `finally` too: a stage failing mid-ramp must not leave the simulated service running.
let sim: Awaited<ReturnType<typeof startIngestSim>> | undefined;
let breakIt: NodeJS.Timeout | undefined;
try {
  const server = (await cluster.sql("SELECT current_setting('server_version_num')::int AS num, current_setting('server_version') AS version")).rows[0];
  try {
    const tools = await toolsForBackup({ versionNum: server.num, version: server.version });
    console.log(`client programs: pg_dump ${tools.pgDump.version} (${tools.pgDump.path}), pg_restore ${tools.pgRestore.version}`);
  } catch (err) {
    if (!(err instanceof PromoteError)) throw err;
    installClients = installCommand('client', majorOf(server.num));
    console.log(`client programs: ${err.message}; the stages that need them are skipped`);
  }
  console.log(`the cluster listens on 127.0.0.1:${cluster.port}`);
  const staging = await cluster.createDatabase('staging');
  const production = await cluster.createDatabase('production');

  step('the promotion starts: stakeholders are told (the runbook\'s "stakeholders notified")');
  await pgPromote(staging, ['notify', '--event', 'start', '--message', 'targets: staging, production']);

  step('staging: plan, then migrate (eng, then vh: migrations, views, policies)');
  await pgPromote(staging, ['plan']);
  await pgPromote(staging, ['migrate']);

  step('production: plan with the staging gate (and lint, judged against production)');
  await pgPromote(production, ['plan', '--result-file', result('plan')], 0, { STAGING_DATABASE_URL: staging });
  const plan = result('plan');

  step('production: a verified backup, with PITR readiness');
  if (noClients()) skip('the backup');
  else await pgPromote(production, ['backup', '--backup-dir', backups, '--result-file', result('backup')]);
  const backup = noClients() ? undefined : result('backup');
  await pgPromote(production, ['status']);

  step('waiting for the four sign-offs (in GitHub: four environments with required reviewers)');
  await pgPromote(production, ['notify', '--event', 'gate', '--message', 'sign-offs needed: Engineering Lead, Database Admin, Security, Product Owner']);

  step('production: migrate without the backup is refused (production needs one)');
  await pgPromote(production, ['migrate'], 2);

  if (backup) {
    step('production: migrate with the verified backup and the staging gate');
    await pgPromote(production, ['migrate', '--backup-manifest', newest('.manifest.json'), '--result-file', result('migrate')], 0, { STAGING_DATABASE_URL: staging });
  } else {
    step('production: migrate with the staging gate and without a backup (none could be taken), the reason in the audit trail');
    await pgPromote(production, ['migrate', '--without-backup', 'demo without pg_dump', '--result-file', result('migrate')], 0, { STAGING_DATABASE_URL: staging });
  }
  const migrate = result('migrate');
  await pgPromote(production, ['status']);

  step('production: verify (RLS, role access, boundary grants, views, row counts, audit trail)');
  await pgPromote(production, ['verify', '--result-file', result('verify')]);
  const verify = result('verify');
  await pgPromote(production, ['verify', '--phase', 'eng']);

  step('production: someone grants vh_ingest a write on eng; verify catches it');
  await cluster.sql('GRANT INSERT ON eng.teams TO vh_ingest', 'production');
  await pgPromote(production, ['verify', '--phase', 'vh'], 1);
  await cluster.sql('REVOKE INSERT ON eng.teams FROM vh_ingest', 'production');

  step('production: latency baseline of the probe queries, before the ramp');
  const latencyFile = path.join(work, 'latency-baseline.json');
  await pgPromote(production, ['latency', '--baseline', latencyFile]);

  step('production: ramp the ingest flag to 10% while a simulated ingest service runs; its gates hold');
  sim = await startIngestSim({ databaseUrl: production, intervalMs: 50 });
  await pgPromote(production, ['ramp', '--flag', 'ingest', '--to', '10', '--window', '3s', '--interval', '1s', '--result-file', result('ramp-10')]);
  const ramp10 = result('ramp-10');
  await pgPromote(production, ['ramp', '--flag', 'ingest', '--to', '10', '--window', '1s'], 2);

  step('production: ramp to 50%; the new ingest path starts failing, the gates trip, the flag goes back to 10%');
  breakIt = setTimeout(() => {
    sim?.setMode('failing');
    console.log('  (the simulated ingest service now fails on the new path)');
  }, 1200);
  await pgPromote(production, ['ramp', '--flag', 'ingest', '--to', '50', '--window', '6s', '--interval', '1s', '--result-file', result('ramp-50')], 1);
  const ramp50 = result('ramp-50');
  clearTimeout(breakIt);
  const ingest = await sim.stop();
  sim = undefined;
  console.log(`ingest service stopped after ${ingest.runs} runs (${ingest.failed} failed)`);
  await pgPromote(production, ['flags', 'list']);

  step('production: latency compared with the baseline (the runbook\'s "< 10% increase", told from noise)');
  // The ramp's simulated traffic wrote rows in between, so a plan may change: the demo shows the
  // verdict either way, and the report below carries it.
  await pgPromote(production, ['latency', '--compare', latencyFile, '--result-file', result('latency')], [0, 1]);
  const latency = result('latency');

  step('production: the promotion report (the runbook\'s success criteria): the reverted ramp fails it; the outcome told');
  const results = [plan, backup, migrate, verify, ramp10, ramp50, latency].flatMap((f) => (f ? ['--results', f] : []));
  await pgPromote(production, ['report', ...results], 1);
  await pgPromote(production, ['notify', '--event', 'failure', '--results', ramp50, '--message', 'ingest ramp reverted to 10%; promotion otherwise complete']);
  const auditDir = path.join(root, 'ops/audit');
  console.log(`audit file (kept after the demo): ${path.join(auditDir, readdirSync(auditDir).filter((f) => f.endsWith('.md')).sort().at(-1) ?? '')}`);

  step('rollback drill: a backup, an accident, the kill switches, the message, a restore');
  if (noClients()) skip('the rollback drill\'s backup, accident and restore');
  else {
    await pgPromote(production, ['backup', '--backup-dir', backups]);
    await cluster.sql('DELETE FROM vh.ingest_runs; DROP VIEW views.eng_governance_summary;', 'production');
    console.log('accident: every vh.ingest_runs row deleted, views.eng_governance_summary dropped');
  }
  await pgPromote(production, ['flags', 'off', '--reason', 'rollback drill: ingest rows lost', '--result-file', result('flags-off')]);
  const flagsOff = result('flags-off');
  await pgPromote(production, ['notify', '--event', 'rollback', '--results', flagsOff, '--message', 'ingest rows lost']);
  if (!noClients()) await pgPromote(production, ['restore', '--backup', newest('.dump.enc'), '--confirm', 'production']);
  await pgPromote(production, ['flags', 'list']);
  if (!noClients()) {
    const rows = (await cluster.sql('SELECT count(*)::int AS n FROM vh.ingest_runs', 'production')).rows[0].n;
    const view = (await cluster.sql("SELECT to_regclass('views.eng_governance_summary') IS NOT NULL AS back", 'production')).rows[0].back;
    console.log(`after the restore: vh.ingest_runs has ${rows} rows; views.eng_governance_summary ${view ? 'is back' : 'is MISSING'}`);
    if (!view || rows === 0) throw new Error('the restore did not bring the data back');
  }
} catch (err) {
  failed = true;
  console.error(`demo failed: ${(err as Error).message}`);
} finally {
  clearTimeout(breakIt);
  await sim?.stop().catch(() => undefined);
  await stop();
}
const without = skipped.length
  ? `; skipped ${skipped.length} stages that need pg_dump and pg_restore (${skipped.join('; ')}): install them (${installClients}) and run it again`
  : '';
console.log(`\ndemo ${failed ? 'FAILED' : 'finished'} in ${((Date.now() - started) / 1000).toFixed(1)} s${without}; the throwaway cluster and its files are removed.`);
process.exitCode = failed ? 1 : 0;
