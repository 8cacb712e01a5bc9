import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { acquireMigrationLock } from '../src/db/advisory-lock.js';
import { startThrowawayCluster } from '../src/cluster/throwaway.js';
import { cliJson } from './harness/cli.js';
import { makeTree } from './harness/tree.js';

/**
 * A managed service's layout: the target database belongs to a role with CREATEROLE and
 * CREATEDB, not SUPERUSER, not BYPASSRLS; other roles and schemas exist that it did not make.
 */
const cluster = await startThrowawayCluster();
after(() => cluster.stop());
await cluster.sql("CREATE ROLE owner LOGIN PASSWORD 'owner-pw-managed' CREATEROLE CREATEDB NOSUPERUSER NOBYPASSRLS");
await cluster.sql('CREATE ROLE platform_reader NOLOGIN');
await cluster.sql('CREATE DATABASE managed OWNER owner');
await cluster.sql('CREATE SCHEMA secret; CREATE TABLE secret.keys (k text)', 'managed');
const url = `postgres://owner:owner-pw-managed@127.0.0.1:${cluster.port}/managed`;

const config = (backup: string) => `phases:
  - name: app
    schema: app
    migrations: db/migrations/app
    verify:
      rls:
        required: true
        definer_views: [app.items_public]
      roles:
        - role: app_reader
          denied: [app.items]
          allowed: [app.items_public]
        - role: platform_reader
          denied: [app.items]
${backup}`;

const FILES = {
  'db/migrations/app/001_app.sql': `
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_reader') THEN CREATE ROLE app_reader NOLOGIN; END IF;
END $$;
-- The owner probes as app_reader: it needs the membership (16+: with SET), which it may grant itself.
GRANT app_reader TO CURRENT_USER;
CREATE SCHEMA app;
CREATE TABLE app.items (id int PRIMARY KEY, owner_name text NOT NULL, public boolean NOT NULL DEFAULT false);
ALTER TABLE app.items ENABLE ROW LEVEL SECURITY;
CREATE POLICY items_own ON app.items USING (owner_name = current_user);
INSERT INTO app.items VALUES (1, 'someone', true), (2, 'else', false);
CREATE VIEW app.items_public AS SELECT id FROM app.items WHERE public;
GRANT USAGE ON SCHEMA app TO app_reader;
GRANT SELECT ON app.items_public TO app_reader;
CREATE SCHEMA locked;
CREATE TABLE locked.forced (id int);
ALTER TABLE locked.forced ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY nobody ON locked.forced USING (false);
`,
};

describe('managed-owner: a CREATEROLE, CREATEDB owner without SUPERUSER or BYPASSRLS', () => {
  test('migrate, status, verify, backup and restore pass as that role; the pre-flight and "not checkable" messages appear where they should', async () => {
    const root = makeTree({ 'db/promotion.yml': config(''), ...FILES });
    const migrate = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(migrate.code, 0, JSON.stringify(migrate.result.error));
    assert.equal((await cliJson(root, ['status', '--database-url', url])).code, 0);

    const verify = await cliJson(root, ['verify', '--database-url', url]);
    assert.equal(verify.code, 0, JSON.stringify(verify.result.error ?? verify.result.checks));
    const checks = JSON.stringify(verify.result.checks);
    assert.match(checks, /platform_reader: not checkable by this role \(owner may not SET ROLE platform_reader/);
    assert.match(checks, /"status":"warn"/);

    const unreadable = await cliJson(root, ['backup', '--database-url', url, '--backup-dir', 'b']);
    assert.equal(unreadable.code, 2);
    assert.match(unreadable.result.error!.message, /^cannot read schema secret \(no USAGE\)/);
    assert.equal(unreadable.result.error!.key, 'backup.exclude_schemas');

    const forcedRoot = makeTree({ 'db/promotion.yml': config('backup:\n  exclude_schemas: [secret]\n'), ...FILES });
    const forced = await cliJson(forcedRoot, ['backup', '--database-url', url, '--backup-dir', 'b']);
    assert.equal(forced.code, 2);
    assert.match(forced.result.error!.message, /^needs BYPASSRLS or table ownership for FORCE RLS tables: locked\.forced \(FORCE\)/);

    const okRoot = makeTree({ 'db/promotion.yml': config('backup:\n  exclude_schemas: [secret, locked]\n'), ...FILES });
    const backup = await cliJson(okRoot, ['backup', '--database-url', url, '--backup-dir', 'b']);
    assert.equal(backup.code, 0, JSON.stringify(backup.result.error));
    await cluster.sql('DELETE FROM app.items', 'managed');
    const restore = await cliJson(okRoot, ['restore', '--database-url', url, '--backup', backup.result.backup!.path, '--confirm', 'managed']);
    assert.equal(restore.code, 0, JSON.stringify(restore.result.error));
    assert.equal((await cluster.sql('SELECT count(*)::int AS n FROM app.items', 'managed')).rows[0].n, 2);
    assert.equal((await cluster.sql("SELECT to_regclass('secret.keys') IS NOT NULL AS kept", 'managed')).rows[0].kept, true);
  });

  test('waiting on a lock another role holds: the holder is described as far as this role may see it', async () => {
    const holder = new pg.Client({ host: '127.0.0.1', port: cluster.port, user: 'postgres', password: cluster.password, database: 'managed' });
    await holder.connect();
    const waiter = new pg.Client({ connectionString: url });
    await waiter.connect();
    try {
      await holder.query('SELECT pg_advisory_lock($1, $2)', [0x70677072, 1]);
      await assert.rejects(
        acquireMigrationLock(waiter, { waitMs: 300, pollMs: 50, database: 'managed' }),
        (err: Error) => /another pg-promote run holds the migration lock .*\(pid \d+, .*other details hidden from this role/.test(err.message),
      );
    } finally {
      await holder.end();
      await waiter.end();
    }
  });
});
