import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';

const rule = 'drop-database';

describe(rule, () => {
  test('flagged as an error in a no-transaction file, where it would run (and in a transactional one, where needs-no-transaction also speaks)', async () => {
    const noTx = await lintSql('-- pg-promote:no-transaction\nDROP DATABASE IF EXISTS scratch;\n');
    assert.deepEqual(noTx.map((f) => `${f.line} ${f.rule} ${f.severity}`), ['2 drop-database error']);
    const tx = await lintSql('DROP DATABASE scratch;\n');
    assert.deepEqual(tx.map((f) => f.rule).sort(), ['drop-database', 'needs-no-transaction']);
  });

  test('an exception with a reason acknowledges it', async () => {
    assert.deepEqual(await lintSql('-- pg-promote:no-transaction\n-- pg-promote-lint: allow drop-database reason: scratch copy made by 041\nDROP DATABASE scratch;\n', rule), []);
  });

  test('safe: DROP SCHEMA or DROP TABLE are other rules\' business', async () => {
    assert.deepEqual(await lintSql('DROP SCHEMA IF EXISTS scratch;\n', rule), []);
  });
});
