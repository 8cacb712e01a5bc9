import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';
import { outcome } from '../harness/pg-behaviour.js';
import { testServer } from '../harness/server.js';

const server = await testServer();
const rule = 'add-column-required';

describe(rule, () => {
  test('the server: NOT NULL without a default fails (23502) on a table with a row, and passes on an empty one or with a default', async () => {
    const url = await server.createDatabase();
    await server.query(url, 'CREATE TABLE full_t (a int); INSERT INTO full_t VALUES (1); CREATE TABLE empty_t (a int)');
    assert.equal(await outcome(url, 'ALTER TABLE full_t ADD COLUMN b int NOT NULL'), '23502');
    assert.equal(await outcome(url, 'ALTER TABLE full_t ADD COLUMN b int NOT NULL DEFAULT NULL'), '23502');
    assert.equal(await outcome(url, 'ALTER TABLE empty_t ADD COLUMN b int NOT NULL'), 'ok');
    assert.equal(await outcome(url, "ALTER TABLE full_t ADD COLUMN c text NOT NULL DEFAULT 'x'"), 'ok');
  });

  test('flagged on a table the file did not create, pointing at ADD', async () => {
    const found = await lintSql('ALTER TABLE app.t ADD COLUMN b int NOT NULL;\nALTER TABLE app.t ADD COLUMN c int DEFAULT NULL NOT NULL;\n', rule);
    assert.deepEqual(found.map((f) => `${f.line}:${f.column}`), ['1:19', '2:19']);
    assert.match(found[0]?.message ?? '', /fails \(23502\)/);
  });

  test('safe: a default, identity, serial, generated, nullable, or a table made in the same file', async () => {
    const safe = [
      "ALTER TABLE app.t ADD COLUMN b text NOT NULL DEFAULT 'x';",
      'ALTER TABLE app.t ADD COLUMN c int NOT NULL GENERATED ALWAYS AS IDENTITY;',
      'ALTER TABLE app.t ADD COLUMN d bigserial NOT NULL;',
      'ALTER TABLE app.t ADD COLUMN e int NOT NULL GENERATED ALWAYS AS (1) STORED;',
      'ALTER TABLE app.t ADD COLUMN f int;',
      'CREATE TABLE app.n (a int);',
      'ALTER TABLE app.n ADD COLUMN b int NOT NULL;',
    ];
    assert.deepEqual(await lintSql(safe.join('\n') + '\n', rule), []);
  });
});
