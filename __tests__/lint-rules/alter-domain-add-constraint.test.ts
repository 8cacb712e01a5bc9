import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';
import { locksTaken } from '../harness/pg-behaviour.js';
import { testServer } from '../harness/server.js';

const server = await testServer();
const rule = 'alter-domain-add-constraint';

describe(rule, () => {
  test('the server: ADD CONSTRAINT takes SHARE on every table using the domain (writes wait); NOT VALID touches none', async () => {
    const url = await server.createDatabase();
    await server.query(url, 'CREATE DOMAIN cents AS bigint; CREATE TABLE t (a cents); CREATE TABLE u (b cents)');
    assert.deepEqual(await locksTaken(url, 'ALTER DOMAIN cents ADD CONSTRAINT c CHECK (VALUE >= 0)'), ['t ShareLock', 'u ShareLock']);
    assert.deepEqual(await locksTaken(url, 'ALTER DOMAIN cents ADD CONSTRAINT c CHECK (VALUE >= 0) NOT VALID'), []);
  });

  test('flagged: ADD CONSTRAINT without NOT VALID, at ADD, saying SHARE', async () => {
    const [f] = await lintSql('ALTER DOMAIN app.cents ADD CONSTRAINT c CHECK (VALUE >= 0);\n', rule);
    assert.equal(f?.column, 'ALTER DOMAIN app.cents '.length + 1);
    assert.match(f?.message ?? '', /SHARE lock on each table/);
  });

  test('safe: NOT VALID, VALIDATE, and the other ALTER DOMAIN forms', async () => {
    assert.deepEqual(
      await lintSql('ALTER DOMAIN app.cents ADD CONSTRAINT c CHECK (VALUE >= 0) NOT VALID;\nALTER DOMAIN app.cents SET DEFAULT 0;\nALTER DOMAIN app.cents DROP CONSTRAINT c;\n', rule),
      [],
    );
  });
});
