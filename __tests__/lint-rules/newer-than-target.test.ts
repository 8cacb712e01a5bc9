import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';
import { outcome } from '../harness/pg-behaviour.js';
import { testServer } from '../harness/server.js';

const server = await testServer();
const rule = 'newer-than-target';
// Each case, the version that introduced it, and what an older server answers.
const CASES: Array<[sql: string, since: number, refusal: string]> = [
  ['MERGE INTO app.t USING app.s ON t.a = s.a WHEN MATCHED THEN DELETE;', 15, '42601'],
  ['CREATE UNIQUE INDEX t_a ON app.t (a) NULLS NOT DISTINCT;', 15, '42601'],
  ['ALTER TABLE app.t ADD CONSTRAINT t_u UNIQUE NULLS NOT DISTINCT (a);', 15, '42601'],
  ['ALTER TABLE app.p DETACH PARTITION app.c CONCURRENTLY;', 14, '42601'],
  ['ALTER TABLE app.t ADD CONSTRAINT t_a_nn NOT NULL a;', 18, '42601'],
  ['ALTER TABLE app.t ADD COLUMN b int GENERATED ALWAYS AS (a * 2) VIRTUAL;', 18, '42601'],
  ["SET client_connection_check_interval = '10s';", 14, '42704'],
  ["SET transaction_timeout = '1min';", 17, '42704'],
];

describe(rule, () => {
  test('the server: its version refuses syntax (42601) and settings (42704) newer than itself', async () => {
    const url = await server.createDatabase();
    const major = Math.floor(Number((await server.query(url, 'SHOW server_version_num')).rows[0].server_version_num) / 10000);
    await server.query(url, 'CREATE SCHEMA app; CREATE TABLE app.t (a int); CREATE TABLE app.s (a int)');
    const newer = CASES.filter(([, since]) => since > major);
    assert.ok(newer.length > 0 || major >= 18, 'the server is older than some case');
    for (const [sql, since, refusal] of newer) {
      assert.equal(await outcome(url, sql), refusal, `${sql} (needs ${since}, server is ${major})`);
    }
  });

  for (const [sql, since] of CASES) {
    test(`${sql} flagged below PostgreSQL ${since}, not from it`, async () => {
      assert.equal((await lintSql(sql + '\n', rule, { postgresVersion: since - 1 })).length, 1);
      assert.deepEqual(await lintSql(sql + '\n', rule, { postgresVersion: since }), []);
    });
  }

  test('the message names both versions, and the fix names lint.postgres_version', async () => {
    const [f] = await lintSql(CASES[0]![0] + '\n', rule);
    assert.match(f?.message ?? '', /MERGE needs PostgreSQL 15; the verdicts assume PostgreSQL 13/);
    assert.match(f?.fix ?? '', /lint\.postgres_version/);
  });
});
