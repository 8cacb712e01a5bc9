import assert from 'node:assert/strict';
import { readFileSync, truncateSync, writeFileSync, openSync, writeSync, closeSync, statSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { BackupManifest } from '../src/backup/types.js';
import { cli, cliJson } from './harness/cli.js';
import { databaseOf, sampleTree } from './harness/postgres.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

const server = await testServer({ password: 'Rs-pw-3Kz9-distinctive' });

const SCHEMAS = "('eng', 'vh', 'views', 'audit', 'app')";

/**
 * Everything the runbook's rollback must bring back: rows (by content), views, grants, RLS and
 * policies. The restore's own audit event (and the DDL trigger's record of its table) is new.
 */
async function fingerprint(url: string): Promise<Record<string, unknown[]>> {
  const q = async (sql: string) => (await server.query(url, sql)).rows;
  return {
    data: await q(`
      SELECT n.nspname, c.relname,
             (xpath('/row/h/text()', query_to_xml(format(
               'SELECT md5(coalesce(string_agg(t::text, %L ORDER BY t::text), %L)) AS h FROM %I.%I t WHERE t::text NOT LIKE %L',
               ',', '', n.nspname, c.relname, '%promotion_events%'), false, true, '')))[1]::text AS content
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'r' AND n.nspname IN ${SCHEMAS} AND (n.nspname, c.relname) <> ('audit', 'promotion_events')
      ORDER BY 1, 2`),
    views: await q(`SELECT schemaname, viewname, definition FROM pg_views WHERE schemaname IN ${SCHEMAS} ORDER BY 1, 2`),
    grants: await q(`SELECT grantee, table_schema, table_name, privilege_type FROM information_schema.role_table_grants
                     WHERE table_schema IN ${SCHEMAS} AND table_name <> 'promotion_events' ORDER BY 1, 2, 3, 4`),
    policies: await q(`SELECT schemaname, tablename, policyname, permissive, roles::text, cmd, qual, with_check FROM pg_policies ORDER BY 1, 2, 3`),
    rls: await q(`SELECT schemaname, tablename, rowsecurity FROM pg_tables WHERE schemaname IN ${SCHEMAS} AND tablename <> 'promotion_events' ORDER BY 1, 2`),
  };
}

/**
 * The shipped sample without its verify sections (the verification stage's business, not this
 * one's) and without its backup encryption (backup-encryption.test.ts restores encrypted dumps).
 */
const sample = () =>
  sampleTree((doc) => {
    const phases = doc.get('phases') as { items: unknown[] };
    phases.items.forEach((_, i) => doc.deleteIn(['phases', i, 'verify']));
    doc.deleteIn(['backup', 'encryption_key_env']);
  });

async function backedUp(root: string, url: string, args: string[] = []): Promise<{ dump: string; manifest: string }> {
  const run = await cliJson(root, ['backup', '--database-url', url, ...args]);
  assert.equal(run.code, 0, JSON.stringify(run.result.error));
  return { dump: run.result.backup!.path, manifest: run.result.backup!.manifestPath };
}

describe('restore', () => {
  test("round trip on the sample database: data, views, grants, RLS policies come back; the runbook's check and notice follow", async () => {
    const url = await server.createDatabase('production');
    const root = sample();
    assert.equal((await cliJson(root, ['migrate', '--database-url', url])).code, 0);
    const before = await fingerprint(url);
    const { dump } = await backedUp(root, url);

    // What a promotion gone wrong leaves behind.
    await server.query(
      url,
      `DELETE FROM vh.ingest_runs;
       DROP VIEW views.eng_governance_summary;
       REVOKE ALL ON ALL TABLES IN SCHEMA views FROM analyst_ro;
       ALTER TABLE eng.strategic_directives_v2 DISABLE ROW LEVEL SECURITY;
       DROP POLICY IF EXISTS ${(await server.query(url, "SELECT quote_ident(policyname) AS p FROM pg_policies WHERE schemaname = 'eng' LIMIT 1")).rows[0].p}
         ON eng.${(await server.query(url, "SELECT quote_ident(tablename) AS t FROM pg_policies WHERE schemaname = 'eng' LIMIT 1")).rows[0].t};
       CREATE TABLE eng.added_after_backup (x int);`,
    );
    assert.notDeepEqual(await fingerprint(url), before);

    const run = await cli(root, ['restore', '--database-url', url, '--backup', dump, '--confirm', databaseOf(url)]);
    assert.equal(run.code, 0, run.stderr);
    const after = await fingerprint(url);
    after.data = (after.data as { relname: string }[]).filter((r) => r.relname !== 'added_after_backup');
    after.grants = (after.grants as { table_name: string }[]).filter((r) => r.table_name !== 'added_after_backup');
    after.rls = (after.rls as { tablename: string }[]).filter((r) => r.tablename !== 'added_after_backup');
    assert.deepEqual(after.data, before.data);
    assert.deepEqual(after, before);

    assert.match(run.stdout, /latest version per phase \(the runbook's "verify restoration"\): eng 8, vh 7/);
    assert.match(run.stdout, /warning: not in the backup, so still present after the restore: table eng\.added_after_backup/);
    const noticeFile = /rollback notice written to (\S+):/.exec(run.stdout)?.[1];
    assert.ok(noticeFile?.startsWith('ops/audit/rollback_'), run.stdout);
    const notice = readFileSync(path.join(root, noticeFile!), 'utf8');
    assert.match(notice, /^Subject: \[ROLLBACK INITIATED\] Database Housekeeping Promotion$/m);
    assert.match(notice, new RegExp(`^Status: Rolled back\\. Database "${databaseOf(url)}" .* restored from backup ${path.basename(dump)} at `, 'm'));
    assert.match(notice, /^Impact: The database is back to its state of \d{4}-\d\d-\d\dT[\d:.]+Z \(WAL [0-9A-F]+\/[0-9A-F]+\)\..* Schema versions now: eng 8, vh 7\./m);
    assert.ok(run.stdout.includes(notice.split('\n')[2]!), 'the notice is on stdout too');
    for (const text of [run.stdout, run.stderr, notice]) assert.ok(!text.includes(server.password));
    const events = await server.query(url, "SELECT event, detail->>'backup' AS backup FROM audit.promotion_events");
    assert.deepEqual(events.rows, [{ event: 'restore.completed', backup: path.basename(dump) }]);
  });

  test('directory format restores with --jobs 2', async () => {
    const { url, root } = await appWithMarker();
    const { dump } = await backedUp(root, url, ['--format', 'directory', '--jobs', '2']);
    await server.query(url, 'DELETE FROM app.t');
    const run = await cliJson(root, ['restore', '--database-url', url, '--backup', dump, '--confirm', databaseOf(url), '--jobs', '2']);
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    assert.equal((await server.query(url, 'SELECT count(*)::int AS n FROM app.t')).rows[0].n, 500);
    assert.deepEqual(run.result.restore?.latestVersions, { app: '1' });
  });

  test('--backup may name the manifest instead of the dump', async () => {
    const { url, root } = await appWithMarker();
    const { manifest } = await backedUp(root, url);
    await server.query(url, 'DELETE FROM app.t');
    const run = await cliJson(root, ['restore', '--database-url', url, '--backup', manifest, '--confirm', databaseOf(url)]);
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    assert.equal((await server.query(url, 'SELECT count(*)::int AS n FROM app.t')).rows[0].n, 500);
  });
});

describe('restore refuses, and leaves the database untouched', () => {
  test('without --confirm, or with one that is not the target database name', async () => {
    const { url, root, untouched } = await appWithMarker();
    const { dump } = await backedUp(root, url);
    await markAfterBackup(url);
    const missing = await cliJson(root, ['restore', '--database-url', url, '--backup', dump]);
    assert.equal(missing.code, 2);
    assert.match(missing.result.error!.message, new RegExp(`pass --confirm ${databaseOf(url)}`));
    const wrong = await cli(root, ['restore', '--database-url', url, '--backup', dump, '--confirm', 'production']);
    assert.equal(wrong.code, 2);
    assert.equal(wrong.stderr.trim(), `error: --confirm: 'production' does not match the target database '${databaseOf(url)}'; nothing was restored`);
    await untouched();
  });

  test('a truncated backup file', async () => {
    const { url, root, untouched } = await appWithMarker();
    const { dump } = await backedUp(root, url);
    await markAfterBackup(url);
    truncateSync(path.join(root, dump), statSync(path.join(root, dump)).size - 100);
    const run = await cliJson(root, ['restore', '--database-url', url, '--backup', dump, '--confirm', databaseOf(url)]);
    assert.equal(run.code, 2);
    assert.equal(run.result.error?.file, dump);
    assert.match(run.result.error!.message, /^does not match its manifest: \d+ bytes, the manifest says \d+ \(truncated or replaced\)/);
    await untouched();
  });

  test('an altered backup file of the same size', async () => {
    const { url, root, untouched } = await appWithMarker();
    const { dump } = await backedUp(root, url);
    await markAfterBackup(url);
    const fd = openSync(path.join(root, dump), 'r+');
    writeSync(fd, Buffer.from('X'), 0, 1, 300);
    closeSync(fd);
    const run = await cliJson(root, ['restore', '--database-url', url, '--backup', dump, '--confirm', databaseOf(url)]);
    assert.equal(run.code, 2);
    assert.match(run.result.error!.message, /^does not match its manifest: sha256 [0-9a-f]{16}…, the manifest says [0-9a-f]{16}… \(altered or corrupted\)/);
    await untouched();
  });

  test('a backup of another database', async () => {
    const { url, root } = await appWithMarker();
    const { dump } = await backedUp(root, url);
    const other = await appWithMarker();
    await markAfterBackup(other.url);
    const run = await cliJson(root, ['restore', '--database-url', other.url, '--backup', dump, '--confirm', databaseOf(other.url)]);
    assert.equal(run.code, 2);
    assert.equal(run.result.error!.message, `is a backup of database '${databaseOf(url)}', not of '${databaseOf(other.url)}'; nothing was restored`);
    await other.untouched();
  });

  test('a manifest that does not match its file, or no manifest at all', async () => {
    const { url, root, untouched } = await appWithMarker();
    const { dump, manifest } = await backedUp(root, url);
    await markAfterBackup(url);
    const m = JSON.parse(readFileSync(path.join(root, manifest), 'utf8')) as BackupManifest;
    writeFileSync(path.join(root, manifest), JSON.stringify({ ...m, sha256: 'a'.repeat(64) }));
    const edited = await cliJson(root, ['restore', '--database-url', url, '--backup', dump, '--confirm', databaseOf(url)]);
    assert.equal(edited.code, 2);
    assert.match(edited.result.error!.message, /does not match its manifest: sha256/);
    writeFileSync(path.join(root, manifest), '{"manifestVersion": 1}');
    const invalid = await cliJson(root, ['restore', '--database-url', url, '--backup', dump, '--confirm', databaseOf(url)]);
    assert.equal(invalid.code, 2);
    assert.equal(invalid.result.error?.file, manifest);
    assert.match(invalid.result.error!.message, /^not a valid pg-promote backup manifest: /);
    rmSync(path.join(root, manifest));
    const gone = await cliJson(root, ['restore', '--database-url', url, '--backup', dump, '--confirm', databaseOf(url)]);
    assert.equal(gone.code, 2);
    assert.match(gone.result.error!.message, /^backup manifest not found/);
    await untouched();
  });
});

/** A small database whose "after the backup" row shows whether a refused restore touched anything. */
async function appWithMarker(): Promise<{ url: string; root: string; untouched: () => Promise<void> }> {
  const url = await server.createDatabase('rs');
  const root = makeTree({
    'db/promotion.yml': onePhaseConfig(),
    'db/migrations/app/001_t.sql': "CREATE SCHEMA app; CREATE TABLE app.t (id int PRIMARY KEY); INSERT INTO app.t SELECT generate_series(1, 500);",
  });
  assert.equal((await cliJson(root, ['migrate', '--database-url', url])).code, 0);
  return {
    url,
    root,
    untouched: async () => {
      const rows = await server.query(url, 'SELECT count(*)::int AS n, max(id) AS top FROM app.t');
      assert.deepEqual(rows.rows[0], { n: 501, top: 9999 }, 'the row written after the backup is still there');
    },
  };
}

const markAfterBackup = (url: string) => server.query(url, 'INSERT INTO app.t VALUES (9999)');
