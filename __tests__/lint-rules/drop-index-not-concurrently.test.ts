import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';
import { locksTaken } from '../harness/pg-behaviour.js';
import { testServer } from '../harness/server.js';

const server = await testServer();
const rule = 'drop-index-not-concurrently';

describe(rule, () => {
  test('the server: DROP INDEX holds ACCESS EXCLUSIVE on the table (reads wait too)', async () => {
    const url = await server.createDatabase();
    await server.query(url, 'CREATE TABLE t (a int); CREATE INDEX t_a ON t (a)');
    assert.deepEqual(await locksTaken(url, 'DROP INDEX t_a'), ['t AccessExclusiveLock', 't_a AccessExclusiveLock']);
  });

  test('flagged: DROP INDEX without CONCURRENTLY, IF EXISTS or not', async () => {
    const found = await lintSql('DROP INDEX app.t_a;\nDROP INDEX IF EXISTS app.t_b;\n', rule);
    assert.deepEqual(found.map((f) => `${f.line}:${f.column} ${f.severity}`), ['1:1 warning', '2:1 warning']);
    assert.match(found[0]?.message ?? '', /ACCESS EXCLUSIVE lock on its table/);
  });

  test('safe: DROP INDEX CONCURRENTLY in a no-transaction file; other DROPs are other rules\' business', async () => {
    assert.deepEqual(await lintSql('-- pg-promote:no-transaction\nDROP INDEX CONCURRENTLY IF EXISTS app.t_a;\n', rule), []);
    assert.deepEqual(await lintSql('DROP VIEW app.v;\nDROP SEQUENCE app.s;\n', rule), []);
  });
});
