import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';
import { outcome } from '../harness/pg-behaviour.js';
import { testServer } from '../harness/server.js';

const server = await testServer();
const rule = 'prefer-robust-stmts';
const NO_TX = '-- pg-promote:no-transaction\n';

describe(rule, () => {
  test('the server: a CREATE INDEX CONCURRENTLY that fails leaves an INVALID index, and the same statement run again fails on it (42P07)', async () => {
    const url = await server.createDatabase();
    await server.query(url, 'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (1)');
    assert.equal(await outcome(url, 'CREATE UNIQUE INDEX CONCURRENTLY t_a ON t (a)'), '23505');
    const { rows } = await server.query(url, "SELECT indisvalid FROM pg_index WHERE indexrelid = 't_a'::regclass");
    assert.deepEqual(rows, [{ indisvalid: false }]);
    await server.query(url, 'DELETE FROM t WHERE ctid = (SELECT max(ctid) FROM t)');
    assert.equal(await outcome(url, 'CREATE UNIQUE INDEX CONCURRENTLY t_a ON t (a)'), '42P07');
    assert.equal(await outcome(url, 'DROP INDEX CONCURRENTLY IF EXISTS t_a'), 'ok');
    assert.equal(await outcome(url, 'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS t_a ON t (a)'), 'ok');
  });

  test('flagged in a no-transaction file: CREATE INDEX/TABLE without IF NOT EXISTS, DROP without IF EXISTS, ADD/DROP COLUMN, DETACH CONCURRENTLY', async () => {
    const sql = [
      'CREATE INDEX CONCURRENTLY t_a ON app.t (a);',
      'DROP INDEX CONCURRENTLY app.t_a;',
      'CREATE TABLE app.u (a int);',
      'ALTER TABLE app.u ADD COLUMN b int;',
      'ALTER TABLE app.u DROP COLUMN b;',
      'ALTER TABLE app.p DETACH PARTITION app.c CONCURRENTLY;',
    ];
    assert.deepEqual((await lintSql(NO_TX + sql.join('\n') + '\n', rule, { postgresVersion: 14 })).map((f) => f.line), [2, 3, 4, 5, 6, 7]);
  });

  test('safe: the IF [NOT] EXISTS forms, and anything in a transactional file (its failure rolls the whole file back)', async () => {
    const robust = [
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS t_a ON app.t (a);',
      'DROP INDEX CONCURRENTLY IF EXISTS app.t_a;',
      'CREATE TABLE IF NOT EXISTS app.u (a int);',
      'ALTER TABLE app.u ADD COLUMN IF NOT EXISTS b int;',
      'ALTER TABLE app.u DROP COLUMN IF EXISTS b;',
    ];
    assert.deepEqual(await lintSql(NO_TX + robust.join('\n') + '\n', rule), []);
    assert.deepEqual(await lintSql('CREATE TABLE app.u (a int);\nCREATE INDEX u_a ON app.u (a);\n', rule), []);
  });
});
