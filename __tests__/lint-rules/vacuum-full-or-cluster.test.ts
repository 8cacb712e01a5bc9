import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';
import { locksTaken } from '../harness/pg-behaviour.js';
import { testServer } from '../harness/server.js';

const server = await testServer();
const rule = 'vacuum-full-or-cluster';

describe(rule, () => {
  test('the server: CLUSTER holds ACCESS EXCLUSIVE on the table it rewrites', async () => {
    const url = await server.createDatabase();
    await server.query(url, 'CREATE TABLE t (a int); CREATE INDEX t_a ON t (a)');
    const locks = await locksTaken(url, 'CLUSTER t USING t_a');
    assert.ok(locks.includes('t AccessExclusiveLock'), locks.join(', '));
  });

  test('flagged: VACUUM FULL (either spelling) and CLUSTER, in either kind of file', async () => {
    const found = await lintSql('-- pg-promote:no-transaction\nVACUUM FULL app.t;\nVACUUM (FULL, ANALYZE) app.t;\nCLUSTER app.t USING t_a;\n', rule);
    assert.deepEqual(found.map((f) => f.line), [2, 3, 4]);
    assert.equal(found[0]?.column, 'VACUUM '.length + 1, 'points at FULL');
    assert.match(found[0]?.message ?? '', /ACCESS EXCLUSIVE/);
  });

  test('safe: plain VACUUM, VACUUM (FULL false), ANALYZE', async () => {
    assert.deepEqual(await lintSql('-- pg-promote:no-transaction\nVACUUM app.t;\nVACUUM (FULL false) app.t;\nANALYZE app.t;\n', rule), []);
  });
});
