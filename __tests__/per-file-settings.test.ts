import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import pg from 'pg';
import { cliJson } from './harness/cli.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig, writeTree } from './harness/tree.js';

const server = await testServer();

/** Applies `files` in one invocation, or one invocation per file: the result must not depend on it. */
async function migrateFiles(url: string, files: Record<string, string>, oneByOne: boolean, extraConfig = '') {
  const root = makeTree({ 'db/promotion.yml': onePhaseConfig(extraConfig) });
  const names = Object.keys(files).sort();
  const runs = [];
  for (const group of oneByOne ? names.map((n) => [n]) : [names]) {
    writeTree(root, Object.fromEntries(group.map((n) => [`db/migrations/app/${n}`, files[n]!])));
    runs.push(await cliJson(root, ['migrate', '--database-url', url]));
  }
  return runs;
}

/** Every table outside the catalogs and the history: where it landed and who owns it. */
async function tables(url: string) {
  const rows = await server.query(
    url,
    `SELECT n.nspname || '.' || c.relname AS name, pg_get_userbyid(c.relowner) = current_user AS ours
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'audit') ORDER BY 1`,
  );
  return rows.rows;
}

describe('every file starts from the configured session state', () => {
  test('SET search_path, SET ROLE, SET SESSION AUTHORIZATION and RESET ALL in one file never reach the next: the same schema in one invocation or one per file', async () => {
    const role = `pf_role_${randomBytes(4).toString('hex')}`;
    await server.query(await server.createDatabase(), `CREATE ROLE ${role}`);
    const files = {
      '001_schema.sql': `CREATE SCHEMA app;\nGRANT ${role} TO current_user;\nGRANT USAGE, CREATE ON SCHEMA app, public TO ${role};\n`,
      '002_path.sql': 'SET search_path = app;\nCREATE TABLE in_app_by_002 (id int);\n',
      '003_plain.sql': 'CREATE TABLE t3 (id int);\n',
      '004_role.sql': `SET ROLE ${role};\nCREATE TABLE app.owned_by_role (id int);\n`,
      '005_plain.sql': 'CREATE TABLE t5 (id int);\n',
      '006_no_tx.sql': '-- pg-promote:no-transaction\nSET search_path = app;\nSET ROLE NONE;\nCREATE TABLE in_app_by_006 (id int);\n',
      '007_plain.sql': 'CREATE TABLE t7 (id int);\n',
      '008_reset.sql': 'SET search_path = app;\nRESET ALL;\nCREATE TABLE t8 (id int);\n',
      '009_plain.sql': 'CREATE TABLE t9 (id int);\n',
      '010_session.sql': `SET SESSION AUTHORIZATION ${role};\nCREATE TABLE app.owned_by_session_user (id int);\n`,
      '011_plain.sql': 'CREATE TABLE t11 (id int);\n',
    };
    const together = await server.createDatabase();
    const separately = await server.createDatabase();
    for (const [url, oneByOne] of [[together, false], [separately, true]] as const) {
      for (const run of await migrateFiles(url, files, oneByOne)) assert.equal(run.code, 0, JSON.stringify(run.result.error));
    }
    const expected = [
      { name: 'app.in_app_by_002', ours: true },
      { name: 'app.in_app_by_006', ours: true },
      { name: 'app.owned_by_role', ours: false },
      { name: 'app.owned_by_session_user', ours: false },
      { name: 'public.t11', ours: true },
      { name: 'public.t3', ours: true },
      { name: 'public.t5', ours: true },
      { name: 'public.t7', ours: true },
      { name: 'public.t8', ours: true },
      { name: 'public.t9', ours: true },
    ];
    assert.deepEqual(await tables(together), expected);
    assert.deepEqual(await tables(separately), expected);
    const recorded = await server.query(together, 'SELECT count(*) FILTER (WHERE success)::int AS ok, count(DISTINCT db_user)::int AS users FROM audit.migration_log');
    assert.deepEqual(recorded.rows[0], { ok: 11, users: 1 }, 'every history row written as the run\'s role, SET ROLE or not');
  });

  for (const [what, setter] of [
    ['SET lock_timeout = 0 in a transactional file', 'SET lock_timeout = 0;\nSET statement_timeout = 0;\n'],
    ['RESET ALL in a transactional file', 'RESET ALL;\n'],
    ['SET lock_timeout = 0 in a no-transaction file', '-- pg-promote:no-transaction\nSET lock_timeout = 0;\nSET statement_timeout = 0;\n'],
  ] as const) {
    test(`${what} does not let the next file wait past the configured lock_timeout, in one invocation or two`, { timeout: 60_000 }, async () => {
      for (const oneByOne of [false, true]) {
        const url = await server.createDatabase();
        // Outside the phase's schema: a populated phase schema with an empty history is refused.
        await server.query(url, 'CREATE SCHEMA ops; CREATE TABLE ops.busy (id int)');
        const blocker = new pg.Client({ connectionString: url });
        await blocker.connect();
        try {
          // Another connection's open transaction holds the table, as application traffic would.
          await blocker.query('BEGIN; LOCK TABLE ops.busy IN ACCESS SHARE MODE');
          const runs = await migrateFiles(url, { '001_settings.sql': setter, '002_alter.sql': 'ALTER TABLE ops.busy ADD COLUMN x int;\n' }, oneByOne, 'lock_timeout: 1s\nlock_retries: 0\n');
          const last = runs.at(-1)!;
          assert.equal(last.code, 1, `${oneByOne}: ${JSON.stringify(last.result.error)}`);
          assert.equal(last.result.error!.sqlstate, '55P03');
          const waited = last.result.phases![0]!.files.find((f) => f.version === '2')!.durationMs!;
          assert.ok(waited >= 900 && waited < 4000, `002 gave up after the configured 1s (waited ${waited} ms, ${oneByOne ? 'one invocation per file' : 'one invocation'})`);
        } finally {
          await blocker.end();
        }
      }
    });
  }
});
