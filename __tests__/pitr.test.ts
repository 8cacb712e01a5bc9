import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { startThrowawayCluster, type ThrowawayCluster } from '../src/cluster/throwaway.js';
import { cliJson } from './harness/cli.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

/**
 * PITR readiness against a server whose WAL archiving is really configured: archive_mode
 * needs a restart, so this file runs its own cluster with archive_mode = on, and switches
 * archive_command between nothing, a failing command and a working one.
 */
let cluster: ThrowawayCluster;
let url: string;

before(async () => {
  cluster = await startThrowawayCluster({ settings: { archive_mode: 'on', wal_level: 'replica' } });
  url = await cluster.createDatabase('pitr');
  await cluster.sql('CREATE TABLE busy (x int)', 'pitr');
});
after(() => cluster?.stop());

const repo = (requirePitr: boolean) =>
  makeTree({
    'db/promotion.yml': onePhaseConfig(`backup:\n  require_pitr: ${requirePitr}\n`),
    'db/migrations/app/001_t.sql': 'CREATE SCHEMA app;',
  });

async function archiveWith(command: string): Promise<void> {
  await cluster.sql(`ALTER SYSTEM SET archive_command = ${pg.escapeLiteral(command)}`);
  await cluster.sql('SELECT pg_reload_conf()');
}

/** Fills a WAL segment's worth of nothing and hands it to the archiver, then waits for its verdict. */
async function switchWalUntil(condition: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  await cluster.sql('INSERT INTO busy VALUES (1)', 'pitr');
  await cluster.sql('SELECT pg_switch_wal()');
  while (Date.now() < deadline) {
    if ((await cluster.sql(`SELECT (${condition}) AS ok FROM pg_stat_archiver`)).rows[0].ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the archiver never reached: ${condition}`);
}

describe('PITR readiness', () => {
  test('archive_mode on without a command is reported, and refused when required', async () => {
    const warned = await cliJson(repo(false), ['backup', '--database-url', url]);
    assert.equal(warned.code, 0, JSON.stringify(warned.result.error));
    assert.equal(warned.result.backup?.pitr.status, 'warning');
    assert.equal(warned.result.backup?.pitr.archiveCommandSet, false);
    assert.match(warned.result.backup!.pitr.message, /archive_mode is on but neither archive_command nor archive_library is set/);
    const refused = await cliJson(repo(true), ['backup', '--database-url', url]);
    assert.equal(refused.code, 1);
    assert.equal(refused.result.error?.key, 'backup.require_pitr');
  });

  test('a failing archiver is an error when required, naming when it last failed', async () => {
    await archiveWith('false');
    await switchWalUntil('failed_count > 0');
    const run = await cliJson(repo(true), ['backup', '--database-url', url]);
    assert.equal(run.code, 1);
    assert.match(run.result.error!.message, /the WAL archiver is failing \(last failure \d{4}-\d\d-\d\dT[\d:.]+Z on [0-9A-F]{24}\)/);
  });

  test('a working archiver is ready: counts, last archived segment and its age', async () => {
    await archiveWith('mkdir -p ../wal_archive && cp %p ../wal_archive/%f');
    await switchWalUntil('archived_count > 0 AND last_archived_time > coalesce(last_failed_time, \'-infinity\')');
    const run = await cliJson(repo(true), ['backup', '--database-url', url]);
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    const pitr = run.result.backup!.pitr;
    assert.equal(pitr.status, 'ready');
    assert.ok((pitr.archived ?? 0) > 0 && (pitr.failed ?? 0) > 0);
    assert.ok(pitr.lastArchiveAgeSeconds !== undefined && pitr.lastArchiveAgeSeconds < 60);
    assert.match(pitr.message, /^WAL archiving works: wal_level=replica, archive_mode=on, archive command\/library set, \d+ archived, \d+ failed, last [0-9A-F]{24} \d+ s ago$/);
    assert.deepEqual(run.result.warnings, []);
  });

  test('a server that hides pg_stat_archiver (as managed services do) gets a warning that says so, not a failure', async () => {
    await cluster.sql("CREATE ROLE pitr_owner LOGIN PASSWORD 'owner-pw'");
    await cluster.sql('CREATE DATABASE pitr_hidden OWNER pitr_owner');
    await cluster.sql('REVOKE SELECT ON pg_catalog.pg_stat_archiver FROM PUBLIC', 'pitr_hidden');
    const ownerUrl = `postgres://pitr_owner:owner-pw@${cluster.host}:${cluster.port}/pitr_hidden`;
    const run = await cliJson(repo(true), ['backup', '--database-url', ownerUrl]);
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    assert.equal(run.result.backup?.pitr.status, 'unknown');
    assert.match(run.result.warnings.join('\n'), /cannot confirm point-in-time recovery: the server hides .*pg_stat_archiver .*permission denied.*confirm PITR in the provider's console/);
  });
});
