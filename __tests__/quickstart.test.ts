import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { embeddedPackage } from '../src/cluster/embedded-server.js';
import { installCommand, installCommandFor, packageManager } from '../src/cluster/install-command.js';
import { locatePgServer } from '../src/cluster/pg-bin.js';
import { collectRun, REPO_ROOT, type CliRun } from './harness/cli.js';

/**
 * The README's quick start, `npm run demo`, on a machine without PostgreSQL: the system's
 * programs hidden the documented way (PG_PROMOTE_IGNORE_SYSTEM_PG=1, PG_BIN unset), so the
 * server is the embedded npm package's and pg_dump/pg_restore are missing.
 */
function demo(env: Record<string, string | undefined>): Promise<CliRun> {
  const vars: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete vars[k];
  // The DATABASE_URL of a CI service has nothing to do with the demo's own cluster.
  delete vars.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], { cwd: REPO_ROOT, env: vars });
  return collectRun(child);
}

const stackTrace = /^\s+at .+\(?.+:\d+:\d+\)?$/m;

describe('the quick start on a machine with PostgreSQL', () => {
  test('the demo runs every stage, the encrypted backup and its restore included, with a key of its own', async () => {
    // A fresh machine has no backup key: the sample config's encryption must not stop the demo.
    const run = await demo({ PG_PROMOTE_IGNORE_SYSTEM_PG: undefined, PG_PROMOTE_BACKUP_KEY: undefined });
    assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
    assert.doesNotMatch(run.stderr, stackTrace);
    assert.doesNotMatch(run.stdout, /^skipped: /m);
    assert.match(run.stdout, /^\$ pg-promote backup /m);
    assert.match(run.stdout, /^\$ pg-promote restore --backup \S+\.dump\.enc --confirm production/m);
    assert.match(run.stdout, /^after the restore: vh\.ingest_runs has [1-9]\d* rows; views\.eng_governance_summary is back$/m);
    assert.match(run.stdout.trimEnd().split('\n').at(-1)!, /^demo finished in [\d.]+ s; the throwaway cluster and its files are removed\.$/);
  });
});

describe('the quick start without PostgreSQL', () => {
  test('the demo runs on the embedded server, names the stages that need pg_dump and pg_restore as skipped with the command that installs them, and says so last', async () => {
    const run = await demo({ PG_PROMOTE_IGNORE_SYSTEM_PG: '1', PG_BIN: undefined });
    assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
    assert.doesNotMatch(run.stderr, stackTrace);
    const lines = run.stdout.split('\n');
    const chosen = lines.filter((l) => / server from /.test(l));
    assert.equal(chosen.length, 1, run.stdout);
    assert.match(
      chosen[0]!,
      new RegExp(`^PostgreSQL 18\\.\\d+ server from the npm package ${embeddedPackage()} \\(.*node_modules.*\\): PG_PROMOTE_IGNORE_SYSTEM_PG=1 hides the system's PostgreSQL$`),
    );
    const install = installCommand('client', '18');
    assert.ok(lines.some((l) => l.startsWith('client programs: pg_dump and pg_restore not found (PG_BIN is not set, and PG_PROMOTE_IGNORE_SYSTEM_PG=1 hides')), run.stdout);
    const skippedLines = lines.filter((l) => l.startsWith('skipped: '));
    assert.deepEqual(skippedLines, [
      `skipped: the backup (needs pg_dump and pg_restore; install them: ${install})`,
      `skipped: the rollback drill's backup, accident and restore (needs pg_dump and pg_restore; install them: ${install})`,
    ]);
    // Everything else ran: production migrated without a backup (said so), verified, ramped and reverted, reported.
    assert.match(run.stdout, /warning: migrating production database 'production' without a verified backup: demo without pg_dump/);
    assert.match(run.stdout, /ramp: ingest 10% → 50%: REVERTED; now at 10%/);
    assert.match(run.stdout, /\$ pg-promote flags off --reason/);
    assert.doesNotMatch(run.stdout, /\$ pg-promote (backup|restore)/);
    const last = lines.filter(Boolean).at(-1)!;
    assert.match(
      last,
      new RegExp(
        `^demo finished in [\\d.]+ s; skipped 2 stages that need pg_dump and pg_restore \\(the backup; the rollback drill's backup, accident and restore\\): ` +
          `install them \\(${install.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\) and run it again; the throwaway cluster and its files are removed\\.$`,
      ),
    );
  });

  test('a PG_BIN without the server programs: one line naming the folder and the missing programs, exit 2', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'pg-promote-empty-bin-'));
    after(() => rmSync(empty, { recursive: true, force: true }));
    const run = await demo({ PG_BIN: empty, PG_PROMOTE_IGNORE_SYSTEM_PG: undefined });
    assert.equal(run.code, 2, `${run.stdout}\n${run.stderr}`);
    assert.equal(run.stderr, `demo: PG_BIN: ${empty} has no initdb, pg_ctl or postgres: PG_BIN must be the bin folder of a PostgreSQL server, or unset to use the system's or the embedded one\n`);
    assert.doesNotMatch(run.stdout, / server from /);
  });
});

describe('which server programs, and the command that installs PostgreSQL here', () => {
  test('PG_BIN wins over the system\'s and the embedded server, even with the system\'s hidden', () => {
    const found = locatePgServer({ ...process.env, PG_BIN: undefined });
    for (const hidden of [undefined, '1']) {
      const chosen = locatePgServer({ ...process.env, PG_BIN: found.binDir, PG_PROMOTE_IGNORE_SYSTEM_PG: hidden });
      assert.equal(chosen.source, 'PG_BIN');
      assert.equal(chosen.reason, `PostgreSQL ${found.version} server from PG_BIN (${found.binDir})`);
    }
  });

  test('the package manager comes from os-release (ID, then ID_LIKE) or the platform', () => {
    const cases: [NodeJS.Platform, string | undefined, ReturnType<typeof packageManager>][] = [
      ['linux', 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n', 'apt'],
      ['linux', 'ID=debian\nVERSION_ID="12"\n', 'apt'],
      ['linux', 'ID="rocky"\nID_LIKE="rhel centos fedora"\n', 'dnf'],
      ['linux', 'ID=fedora\n', 'dnf'],
      ['linux', 'ID=alpine\n', undefined],
      ['darwin', undefined, 'brew'],
      ['win32', undefined, undefined],
    ];
    for (const [platform, osRelease, expected] of cases) assert.equal(packageManager(platform, osRelease), expected, `${platform} ${osRelease}`);
  });

  test('one command per system, client or server; elsewhere, where to download', () => {
    const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
    assert.equal(installCommandFor('apt', 'client', '18'), `${sudo}apt-get install postgresql-client-18`);
    assert.equal(installCommandFor('apt', 'server', '18'), `${sudo}apt-get install postgresql-18`);
    assert.equal(installCommandFor('dnf', 'client', '17'), `${sudo}dnf install postgresql17`);
    assert.equal(installCommandFor('dnf', 'server', '17'), `${sudo}dnf install postgresql17-server`);
    assert.equal(installCommandFor('brew', 'client', '18'), 'brew install postgresql@18');
    assert.equal(installCommandFor(undefined, 'client', '18'), "PostgreSQL 18's client programs from https://www.postgresql.org/download/");
  });
});
