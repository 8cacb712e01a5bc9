import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { rmSync } from 'node:fs';
import type { BackupSummary } from '../src/backup/types.js';
import { rollbackNotice } from '../src/backup/notice.js';
import { loadConfig } from '../src/config/load.js';
import { NOTIFY_EVENTS } from '../src/notify/config.js';
import { buildMessage, githubRun, messageText } from '../src/notify/message.js';
import { runFacts } from '../src/notify/run-facts.js';
import { resultsToMarkdown } from '../src/report/markdown.js';
import { buildReport, type PromotionReport } from '../src/report/report-model.js';
import type { AnyResult } from '../src/result.js';
import { cli, cliJson, REPO_ROOT } from './harness/cli.js';
import { sampleDatabases, sampleTree } from './harness/postgres.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

const server = await testServer();
const sample = await sampleDatabases(server);

function scratchDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-promote-report-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function save(dir: string, name: string, result: AnyResult): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(result, null, 2));
  return file;
}

/** What a backup stage's --json output carries; written by hand here, read as any stage result. */
function backupResult(target: string): AnyResult {
  const backup = {
    path: 'backups/prod_20260101_120000.dump',
    manifestPath: 'backups/prod_20260101_120000.dump.manifest.json',
    format: 'custom',
    encrypted: false,
    sizeBytes: 3_500_000,
    sha256: 'a'.repeat(64),
    walLsn: '0/3000060',
    takenAt: '2026-01-01T12:00:00.000Z',
    verification: 'list',
    toc: { tables: 10, views: 6, policies: 10, entries: 214 },
    pitr: { status: 'warning', message: 'archive_mode is off: no point-in-time recovery' },
    durationMs: 2100,
  } as unknown as BackupSummary;
  return {
    command: 'backup', ok: true, exitCode: 0, dryRun: false, startedAt: new Date(Date.now() - 60_000).toISOString(), durationMs: 2100,
    database: { target, database: 'x' }, phases: [], drift: [], warnings: [], counts: { applied: 0, pending: 0, failed: 0, reverted: 0 }, backup,
  };
}

describe('report', () => {
  test('assembles the stages, the backup, a live verification and the runbook checklists into the dated audit file and its JSON', async () => {
    const staging = await sample.fresh('staging');
    const production = await server.createDatabase('prod');
    const dir = scratchDir();
    const plan = await cliJson(REPO_ROOT, ['plan', '--database-url', production, '--staging-url', staging]);
    const migrate = await cliJson(REPO_ROOT, ['migrate', '--database-url', production, '--staging-url', staging]);
    assert.equal(migrate.code, 0);
    const target = migrate.result.database!.target;
    const results = [save(dir, 'backup.json', backupResult(target)), save(dir, 'plan.json', plan.result), save(dir, 'migrate.json', migrate.result)];

    const run = await cliJson(REPO_ROOT, ['report', '--database-url', production, ...results.flatMap((r) => ['--results', r]), '--audit-dir', dir]);
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    const { markdownPath, jsonPath } = run.result.report!;
    assert.match(path.basename(markdownPath), /^\d{4}-\d{2}-\d{2}\.md$/);
    assert.equal(jsonPath, markdownPath.replace(/\.md$/, '.json'));
    assert.ok(run.result.checks!.length > 10, 'verification ran live');

    const markdown = readFileSync(markdownPath, 'utf8');
    assert.match(markdown, /^# Promotion audit \d{4}-\d{2}-\d{2}\n\n## Database Housekeeping Promotion: /);
    assert.match(markdown, /```mermaid\nflowchart LR\n {2}s0\["backup<br\/>x<br\/>2\.1 s, ok"\]:::pass\n {2}s1\["plan<br\/>prod_\d+_\d+<br\/>[\d.]+ m?s, ok"\]:::pass/);
    assert.match(markdown, / {2}s0 --> s1 --> s2 --> s3\n/);
    // Criteria without data are shown, unticked, as not checked; never as passed.
    assert.match(markdown, /^- \[ \] ⚪ \*\*Zero errors in production logs\*\*: not checked: needs the production logs/m);
    // The sample config's own criterion (report.criteria): for a person to tick.
    assert.match(markdown, /^- \[ \] ⚪ \*\*Ingest service processing at expected rate\*\*: not checked: checked by a person/m);
    assert.match(markdown, /^- \[x\] ✅ \*\*All views return data\*\*: /m);
    assert.match(markdown, /^- \[x\] ✅ \*\*RLS blocks direct table access for the restricted roles\*\*: .*roles\.access \(eng\): as configured \(analyst_ro: /m);
    assert.match(markdown, /^- \[x\] ✅ \*\*RLS policies are active and tested\*\*: /m);
    assert.match(markdown, /^- \[x\] ✅ \*\*Views compile without errors\*\*: /m);
    assert.match(markdown, /^- \[x\] ✅ \*\*All scripts ran successfully on staging\*\*: staging\.gate: staging .* applied all 18 files/m);
    assert.match(markdown, /^- \[ \] ⚠️ \*\*Point-in-time recovery is configured\*\*: archive_mode is off: no point-in-time recovery \(WAL position at backup: 0\/3000060\)$/m);
    assert.match(markdown, /^\| Backup \| `backups\/prod_20260101_120000\.dump` \(custom format, 3\.3 MiB\) \|$/m);
    assert.match(markdown, /^\| 3 \| migrate \(18 applied\) \| `postgres@/m);
    assert.match(markdown, /^\| `audit\.trail` \| {2}\| ✅ pass \| execution [0-9a-f]{8}: 18 of 18 files succeeded/m);

    const json = JSON.parse(readFileSync(jsonPath, 'utf8')) as { reports: PromotionReport[] };
    assert.equal(json.reports.length, 1);
    const report = json.reports[0]!;
    assert.equal(report.ok, true);
    assert.deepEqual(report.stages.map((s) => s.command), ['backup', 'plan', 'migrate', 'report']);
    const audit = report.checks.find((c) => c.id === 'audit.trail')!;
    assert.match(audit.summary, new RegExp(`^execution ${migrate.result.executionId!.slice(0, 8)}`), 'the audit trail of the migrate stage given');
    const status = Object.fromEntries(report.successCriteria.map((c) => [c.id, c.status]));
    assert.deepEqual(status, {
      'zero-errors-in-logs': 'not-checked', 'views-return-data': 'pass', 'rls-blocks-direct-access': 'pass', 'audit-trail': 'pass',
      'no-cross-boundary-writes': 'not-checked', 'ci-boundary': 'not-checked', 'own-1': 'not-checked', 'no-performance-degradation': 'not-checked',
    });
  });

  test('a second run the same day is appended to the same files', async () => {
    const url = await sample.fresh();
    const dir = scratchDir();
    const first = await cliJson(REPO_ROOT, ['report', '--database-url', url, '--audit-dir', dir]);
    const second = await cli(REPO_ROOT, ['report', '--database-url', url, '--audit-dir', dir]);
    assert.equal(second.code, 0);
    assert.match(second.stdout, new RegExp(`^report: ${first.result.report!.markdownPath.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(JSON: `, 'm'));
    const markdown = readFileSync(first.result.report!.markdownPath, 'utf8');
    assert.equal(markdown.match(/^## Database Housekeeping Promotion: /gm)?.length, 2);
    assert.equal(markdown.match(/^# Promotion audit/gm)?.length, 1);
    assert.match(markdown, /\n---\n\n## Database Housekeeping Promotion: /);
    assert.equal((JSON.parse(readFileSync(first.result.report!.jsonPath, 'utf8')) as { reports: unknown[] }).reports.length, 2);
  });

  test('by default the audit file goes to ops/audit/ under the root, as the runbook names it', async () => {
    const url = await sample.fresh();
    const root = sampleTree();
    const run = await cliJson(root, ['report', '--database-url', url]);
    assert.equal(run.code, 0);
    assert.match(run.result.report!.markdownPath, /^ops\/audit\/\d{4}-\d{2}-\d{2}\.md$/);
    assert.ok(existsSync(path.join(root, run.result.report!.markdownPath)));
  });

  test('a failed check still writes the report, marks the criterion failed with the finding, and exits 1', async () => {
    const url = await sample.fresh();
    await server.query(url, 'ALTER TABLE eng.teams DISABLE ROW LEVEL SECURITY');
    const dir = scratchDir();
    const run = await cliJson(REPO_ROOT, ['report', '--database-url', url, '--audit-dir', dir]);
    assert.equal(run.code, 1);
    assert.match(run.result.error!.message, /^the promotion did not pass \(checks failed: rls\.required \(eng\), lint\.policy-rls-disabled \(eng\)\); the report is in /);
    const markdown = readFileSync(run.result.report!.markdownPath, 'utf8');
    assert.match(markdown, /\*\*❌ Failed\*\*: 1 stage \(1 failed\), 22 checks \(2 failed\)/);
    assert.match(markdown, /s0\["report<br\/>[^"]*failed"\]:::fail/);
    assert.match(markdown, /^- \[ \] ❌ \*\*RLS policies are active and tested\*\*: rls\.required \(eng\): 1 table of 4 in eng fail the RLS requirement/m);
    assert.match(markdown, /^#### ❌ rls\.required \(eng\)\n\n- `eng\.teams`: row-level security is disabled/m);
  });

  test('a --results file that is not a stage result, or a damaged audit JSON, is exit 2 naming the file, and nothing is appended', async () => {
    const url = await sample.fresh();
    const dir = scratchDir();
    writeFileSync(path.join(dir, 'notes.json'), '{"hello": "world"}');
    const bad = await cli(REPO_ROOT, ['report', '--database-url', url, '--results', path.join(dir, 'notes.json'), '--audit-dir', dir]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /notes\.json: --results: not a pg-promote stage result/);
    const missing = await cli(REPO_ROOT, ['report', '--database-url', url, '--results', 'no/such.json', '--audit-dir', dir]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^error: no\/such\.json: --results: file not found$/m);

    const day = new Date().toISOString().slice(0, 10);
    writeFileSync(path.join(dir, `${day}.json`), '{"reports": [');
    const damaged = await cli(REPO_ROOT, ['report', '--database-url', url, '--audit-dir', dir]);
    assert.equal(damaged.code, 2);
    assert.match(damaged.stderr, /\.json: audit file is not valid JSON .*: move it aside and run again/);
    assert.equal(existsSync(path.join(dir, `${day}.md`)), false);
  });

  test('rendering needs no database and no files: no evidence means not checked, never passed', () => {
    const bare: AnyResult = {
      command: 'migrate', ok: false, exitCode: 1, dryRun: false, startedAt: '2026-01-02T03:04:05.000Z', durationMs: 1500,
      database: { target: 'ci@db:5432/prod', database: 'prod' }, phases: [], drift: [], warnings: [],
      counts: { applied: 2, pending: 1, failed: 1, reverted: 0 },
      error: { kind: 'migration', message: 'division by zero', file: 'db/migrations/eng/009_x.sql', line: 3, sqlstate: '22012' },
    };
    const report = buildReport([bare], new Date('2026-01-02T03:05:00Z'));
    assert.equal(report.ok, false);
    assert.ok([...report.successCriteria, ...report.prePromotion].every((c) => c.status === 'not-checked'));
    const markdown = resultsToMarkdown([bare], new Date('2026-01-02T03:05:00Z'));
    assert.match(markdown, /^## Database promotion: 2026-01-02 03:05:00 UTC$/m);
    assert.match(markdown, /s0\["migrate<br\/>prod<br\/>1\.5 s, failed"\]:::fail/);
    assert.match(markdown, /\| ❌ failed: db\/migrations\/eng\/009_x\.sql:3: division by zero \[SQLSTATE 22012\] \|/);
    assert.doesNotMatch(markdown, /\[x\]/);
  });
});

describe('report: sign-offs', () => {
  test('the approvals record given to --results becomes the report\'s sign-off table', async () => {
    const url = await server.createDatabase();
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': 'CREATE SCHEMA app;' });
    assert.equal((await cliJson(root, ['migrate', '--database-url', url])).code, 0);
    writeFileSync(path.join(root, 'approvals.json'), JSON.stringify({
      repo: 'acme/warehouse', runId: 4242, recordedAt: '2026-11-23T22:00:00.000Z',
      approvals: [
        { environment: 'signoff-engineering-lead', state: 'approved', user: 'alice', comment: 'Migrations reviewed; ship it.' },
        { environment: 'signoff-security', state: 'approved', user: 'carol', comment: 'RLS policies checked.' },
      ],
    }));
    const run = await cliJson(root, ['report', '--database-url', url, '--results', 'approvals.json', '--audit-dir', 'audit']);
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    const markdown = readFileSync(path.join(root, run.result.report!.markdownPath), 'utf8');
    assert.match(markdown, /### Sign-offs/);
    assert.match(markdown, /\| signoff-engineering-lead \| alice \| approved \| Migrations reviewed; ship it\. \|/);
    assert.match(markdown, /\| signoff-security \| carol \| approved \| RLS policies checked\. \|/);
  });
});

describe("report: a project of its own, not the runbook's", () => {
  test('a config with none of the runbook\'s sections, on a database without views or policies: report, notify text, notice and verify speak only of it, with no false ticks', async () => {
    const url = await server.createDatabase();
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/001_a.sql': 'CREATE SCHEMA app; CREATE TABLE app.orders (id bigint PRIMARY KEY);',
    });
    const migrate = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(migrate.code, 0, JSON.stringify(migrate.result.error));
    writeFileSync(path.join(root, 'migrate.json'), JSON.stringify(migrate.result));
    const verify = await cli(root, ['verify', '--database-url', url]);
    assert.equal(verify.code, 0, verify.stdout + verify.stderr);
    assert.doesNotMatch(verify.stdout + verify.stderr, /change_log/, 'no audit table is assumed when the config names none');

    const run = await cliJson(root, ['report', '--database-url', url, '--results', 'migrate.json', '--audit-dir', 'audit']);
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    const markdown = readFileSync(path.join(root, run.result.report!.markdownPath), 'utf8');
    const report = (JSON.parse(readFileSync(path.join(root, run.result.report!.jsonPath), 'utf8')) as { reports: PromotionReport[] }).reports[0]!;
    assert.match(markdown, /^## Database promotion: /m);
    const status = Object.fromEntries([...report.successCriteria, ...report.prePromotion].map((c) => [c.id, c.status]));
    assert.deepEqual(
      { views: status['views-return-data'], compile: status['views-compile'], rls: status['rls-active'], roles: status['rls-blocks-direct-access'], audit: status['audit-trail'] },
      { views: 'not-applicable', compile: 'not-applicable', rls: 'not-applicable', roles: 'not-applicable', audit: 'not-checked' },
    );
    assert.match(markdown, /^- \[ \] ➖ \*\*RLS policies are active and tested\*\*: not applicable: no policies$/m);
    assert.match(markdown, /^- \[ \] ➖ \*\*Views compile without errors\*\*: not applicable: no views in the checked schemas$/m);
    assert.match(markdown, /^- \[ \] ⚪ \*\*Audit trail shows expected operations\*\*: not checked: the config names no audit table/m);
    // The only ticks are for what the run did check: this migration's history.
    assert.deepEqual(markdown.match(/^- \[x\] .*$/gm)?.map((l) => /\*\*(.*?)\*\*/.exec(l)![1]), ['Audit trail shows complete execution']);

    const config = loadConfig({ root });
    const facts = runFacts([migrate.result, run.result]);
    const messages = NOTIFY_EVENTS.map((event) => messageText(buildMessage(event, config.notifications, facts, githubRun({}))));
    assert.match(messages[0]!, /^Subject: \[PROMOTION STARTED\] Database promotion$/m);
    const notice = rollbackNotice({
      title: config.notifications.title, flagsOff: config.flags.rollbackOff, database: 'prod', target: 'ci@db:5432/prod', backupFile: 'prod.dump',
      takenAt: '2026-01-01T12:00:00.000Z', restoredAt: new Date('2026-01-01T13:00:00Z'), durationMs: 1000, actor: 'ci', latestVersions: { app: '1' }, leftovers: [],
    });
    assert.match(notice, /^Subject: \[ROLLBACK INITIATED\] Database promotion$/m);
    for (const [what, text] of [['verify', verify.stdout + verify.stderr], ['report', markdown], ['notify', messages.join('\n')], ['notice', notice]] as const) {
      assert.doesNotMatch(text, /\beng\b|\bvh\b|analyst_ro|ingest|Housekeeping|\(runbook\)/i, `${what} speaks of the runbook's world`);
    }
  });
});
