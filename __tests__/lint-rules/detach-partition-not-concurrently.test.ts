import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';
import { locksTaken } from '../harness/pg-behaviour.js';
import { testServer } from '../harness/server.js';

const server = await testServer();
const rule = 'detach-partition-not-concurrently';

describe(rule, () => {
  test('the server: a plain DETACH holds ACCESS EXCLUSIVE on the partitioned table', async () => {
    const url = await server.createDatabase();
    await server.query(url, 'CREATE TABLE p (a int) PARTITION BY RANGE (a); CREATE TABLE c PARTITION OF p FOR VALUES FROM (0) TO (10)');
    const locks = await locksTaken(url, 'ALTER TABLE p DETACH PARTITION c');
    assert.ok(locks.includes('p AccessExclusiveLock'), locks.join(', '));
  });

  test('flagged from PostgreSQL 14 (CONCURRENTLY exists); silent on 13, which has no alternative', async () => {
    const sql = 'ALTER TABLE app.p DETACH PARTITION app.c;\n';
    assert.deepEqual((await lintSql(sql, rule, { postgresVersion: 14 })).map((f) => f.column), ['ALTER TABLE app.p '.length + 1]);
    assert.deepEqual(await lintSql(sql, rule, { postgresVersion: 13 }), []);
  });

  test('safe: DETACH ... CONCURRENTLY (in a no-transaction file) and FINALIZE', async () => {
    const sql = '-- pg-promote:no-transaction\nALTER TABLE app.p DETACH PARTITION app.c CONCURRENTLY;\nALTER TABLE app.p DETACH PARTITION app.c FINALIZE;\n';
    assert.deepEqual(await lintSql(sql, rule, { postgresVersion: 15 }), []);
  });
});
