import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { BackupManifest } from '../src/backup/types.js';
import { cli, cliJson } from './harness/cli.js';
import { databaseOf } from './harness/postgres.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

const server = await testServer();

/** A repository whose config marks `production` (a database of the test cluster) as production. */
async function productionRepo(): Promise<{ production: string; root: string }> {
  const production = await server.createDatabase('prod');
  const root = makeTree({
    'db/promotion.yml': onePhaseConfig(`production:\n  databases: [${databaseOf(production)}]\n  backup_max_age: 2h\n`),
    'db/migrations/app/001_t.sql': 'CREATE SCHEMA app; CREATE TABLE app.t (id int);',
  });
  return { production, root };
}

async function backupOf(root: string, url: string): Promise<string> {
  const run = await cliJson(root, ['backup', '--database-url', url]);
  assert.equal(run.code, 0, JSON.stringify(run.result.error));
  return run.result.backup!.manifestPath;
}

function editManifest(root: string, manifest: string, edit: (m: BackupManifest) => BackupManifest): void {
  const file = path.join(root, manifest);
  writeFileSync(file, JSON.stringify(edit(JSON.parse(readFileSync(file, 'utf8')) as BackupManifest)));
}

const nothingApplied = async (url: string) => {
  const left = await server.query(url, "SELECT to_regclass('app.t') AS t, to_regclass('audit.migration_log') AS h");
  assert.deepEqual(left.rows[0], { t: null, h: null }, 'the database was not touched');
};

describe('backup gate: migrate on a production database', () => {
  test('refuses without a backup manifest, exit 2, nothing touched', async () => {
    const { production, root } = await productionRepo();
    const run = await cli(root, ['migrate', '--database-url', production]);
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      new RegExp(`^error: --backup-manifest: '${databaseOf(production)}' is a production database \\(db/promotion.yml: production.databases\\): migrate needs a verified backup of it first`),
    );
    await nothingApplied(production);
  });

  test("refuses another database's manifest", async () => {
    const { production, root } = await productionRepo();
    const staging = await server.createDatabase('staging');
    const manifest = await backupOf(root, staging);
    const run = await cliJson(root, ['migrate', '--database-url', production, '--backup-manifest', manifest]);
    assert.equal(run.code, 2);
    assert.equal(run.result.error?.file, manifest);
    assert.equal(run.result.error?.message, `is a backup of database '${databaseOf(staging)}', not of '${databaseOf(production)}'`);
    await nothingApplied(production);
  });

  test('refuses a stale manifest, one from another server, and one whose dump is gone', async () => {
    const { production, root } = await productionRepo();
    const manifest = await backupOf(root, production);
    const original = readFileSync(path.join(root, manifest), 'utf8');

    editManifest(root, manifest, (m) => ({ ...m, takenAt: new Date(Date.now() - 3 * 3600_000).toISOString() }));
    const stale = await cliJson(root, ['migrate', '--database-url', production, '--backup-manifest', manifest]);
    assert.equal(stale.code, 2);
    assert.match(stale.result.error!.message, /^the backup was taken 3\.0 h ago \(.*\); production\.backup_max_age allows 2\.0 h: take a fresh backup$/);

    writeFileSync(path.join(root, manifest), original);
    editManifest(root, manifest, (m) => ({ ...m, systemIdentifier: '1234567890' }));
    const elsewhere = await cliJson(root, ['migrate', '--database-url', production, '--backup-manifest', manifest]);
    assert.equal(elsewhere.code, 2);
    assert.match(elsewhere.result.error!.message, /on another server \(system identifier 1234567890, this server's is \d+\)/);

    writeFileSync(path.join(root, manifest), original);
    rmSync(path.join(root, manifest.replace('.manifest.json', '.dump')));
    const gone = await cliJson(root, ['migrate', '--database-url', production, '--backup-manifest', manifest]);
    assert.equal(gone.code, 2);
    assert.match(gone.result.error!.message, /^its backup .*\.dump is not beside it$/);
    await nothingApplied(production);
  });

  test('proceeds with a fresh verified manifest of the same database, and records it under the run’s execution id', async () => {
    const { production, root } = await productionRepo();
    const manifest = await backupOf(root, production);
    const run = await cliJson(root, ['migrate', '--database-url', production, '--backup-manifest', manifest]);
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    assert.equal(run.result.counts!.applied, 1);
    const events = await server.query(production, "SELECT execution_id::text, event, detail->>'manifest' AS manifest, detail->>'sha256' AS sha FROM audit.promotion_events");
    const m = JSON.parse(readFileSync(path.join(root, manifest), 'utf8')) as BackupManifest;
    assert.deepEqual(events.rows, [{ execution_id: run.result.executionId, event: 'backup.verified', manifest, sha: m.sha256 }]);
    const history = await server.query(production, 'SELECT DISTINCT execution_id::text AS id FROM audit.migration_log');
    assert.deepEqual(history.rows, [{ id: run.result.executionId }], 'the event and the history share the execution id');
  });

  test('--without-backup REASON goes ahead, with the reason and who gave it in the audit trail', async () => {
    const { production, root } = await productionRepo();
    const run = await cli(root, ['migrate', '--database-url', production, '--without-backup', 'provider snapshot 2026-11-23 taken by the DBA']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /warning: migrating production database '.*' without a verified backup: provider snapshot 2026-11-23 taken by the DBA/);
    const events = await server.query(production, "SELECT event, actor, detail->>'reason' AS reason, detail->>'database' AS db FROM audit.promotion_events");
    assert.equal(events.rows.length, 1);
    assert.deepEqual(
      { ...events.rows[0], actor: typeof events.rows[0].actor },
      { event: 'backup.bypassed', actor: 'string', reason: 'provider snapshot 2026-11-23 taken by the DBA', db: databaseOf(production) },
    );
  });

  test('both --backup-manifest and --without-backup is a usage error; a database not marked production needs neither', async () => {
    const { production, root } = await productionRepo();
    const both = await cliJson(root, ['migrate', '--database-url', production, '--backup-manifest', 'x.manifest.json', '--without-backup', 'why']);
    assert.equal(both.code, 2);
    assert.equal(both.result.error?.key, '--without-backup');
    const staging = await server.createDatabase('staging');
    const run = await cliJson(root, ['migrate', '--database-url', staging]);
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    assert.equal((await server.query(staging, "SELECT to_regclass('audit.promotion_events') AS t")).rows[0].t, null);
  });
});
