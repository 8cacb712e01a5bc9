import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';
import { locksTaken } from '../harness/pg-behaviour.js';
import { testServer } from '../harness/server.js';

const server = await testServer();
const rule = 'create-index-not-concurrently';

describe(rule, () => {
  test('the server: CREATE INDEX holds SHARE on its table (writes wait, reads do not)', async () => {
    const url = await server.createDatabase();
    await server.query(url, 'CREATE TABLE t (a int)');
    assert.deepEqual(await locksTaken(url, 'CREATE INDEX t_a ON t (a)'), ['t ShareLock']);
  });

  test('flagged on an existing table, UNIQUE too, naming the table and the write block', async () => {
    const found = await lintSql('CREATE INDEX t_a ON app.t (a);\nCREATE UNIQUE INDEX t_b ON app.t (b);\n', rule);
    assert.deepEqual(found.map((f) => `${f.line}:${f.column} ${f.severity}`), ['1:1 warning', '2:1 warning']);
    assert.match(found[0]?.message ?? '', /app\.t without CONCURRENTLY blocks every write/);
    assert.match(found[1]?.message ?? '', /^CREATE UNIQUE INDEX/);
  });

  test('a table created in the same file needs no CONCURRENTLY; one from an earlier file is an existing table', async () => {
    const found = await lintSql([
      'CREATE TABLE app.a (id int);\nCREATE INDEX a_id ON app.a (id);\nALTER TABLE app.a ADD CONSTRAINT a_pos CHECK (id > 0);\n',
      'CREATE INDEX a_id2 ON app.a (id);\n',
    ]);
    assert.deepEqual(found.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`), ['002.sql:1:1 create-index-not-concurrently']);
  });

  test('safe: CREATE INDEX CONCURRENTLY in a no-transaction file', async () => {
    assert.deepEqual(await lintSql('-- pg-promote:no-transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS t_a ON app.t (a);\n'), []);
  });
});
