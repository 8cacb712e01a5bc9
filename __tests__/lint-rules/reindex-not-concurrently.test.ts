import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';
import { locksTaken } from '../harness/pg-behaviour.js';
import { testServer } from '../harness/server.js';

const server = await testServer();
const rule = 'reindex-not-concurrently';

describe(rule, () => {
  test('the server: REINDEX INDEX holds ACCESS EXCLUSIVE on the index and SHARE on its table; REINDEX TABLE the same on each index', async () => {
    const url = await server.createDatabase();
    await server.query(url, 'CREATE TABLE t (a int); CREATE INDEX t_a ON t (a)');
    assert.deepEqual(await locksTaken(url, 'REINDEX INDEX t_a'), ['t ShareLock', 't_a AccessExclusiveLock']);
    assert.deepEqual(await locksTaken(url, 'REINDEX TABLE t'), ['t ShareLock', 't_a AccessExclusiveLock']);
  });

  test('flagged: REINDEX INDEX, TABLE, SCHEMA, DATABASE without CONCURRENTLY, with the locks in the message', async () => {
    const found = await lintSql('REINDEX INDEX app.t_a;\nREINDEX TABLE app.t;\nREINDEX (VERBOSE) SCHEMA app;\nREINDEX (CONCURRENTLY false) INDEX app.t_a;\n', rule);
    assert.deepEqual(found.map((f) => f.line), [1, 2, 3, 4]);
    assert.match(found[0]?.message ?? '', /ACCESS EXCLUSIVE on the index .* SHARE on its table/);
    assert.match(found[0]?.fix ?? '', /CONCURRENTLY .*no-transaction/);
  });

  test('safe: REINDEX ... CONCURRENTLY in a no-transaction file, in either spelling', async () => {
    assert.deepEqual(await lintSql('-- pg-promote:no-transaction\nREINDEX INDEX CONCURRENTLY app.t_a;\nREINDEX (CONCURRENTLY) TABLE app.t;\n', rule), []);
  });
});
