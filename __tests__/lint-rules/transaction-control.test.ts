import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';

const rule = 'transaction-control';

describe(rule, () => {
  test('BEGIN/COMMIT and psql meta-commands are errors: pg-promote owns the transaction and runs no psql', async () => {
    const findings = await lintSql('BEGIN;\nSELECT 1;\n\\set ON_ERROR_STOP on\nCOMMIT;\n');
    assert.deepEqual(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`), ['001.sql:1:1 transaction-control', '001.sql:3:1 psql-meta-command', '001.sql:4:1 transaction-control']);
    assert.ok(findings.every((f) => f.severity === 'error'));
  });

  test('ROLLBACK and START TRANSACTION too; SAVEPOINT is not this rule', async () => {
    const found = await lintSql('START TRANSACTION;\nSAVEPOINT s;\nROLLBACK;\n', rule);
    assert.deepEqual(found.map((f) => f.line), [1, 3]);
    assert.match(found[1]?.message ?? '', /ROLLBACK in a migration file: migrate refuses it/);
  });

  test('an exception cannot allow it: migrate refuses it whatever the comment says', async () => {
    const found = await lintSql('-- pg-promote-lint: allow transaction-control reason: legacy\nBEGIN;\nCOMMIT;\n');
    assert.deepEqual(found.map((f) => `${f.line} ${f.rule}`), ['1 lint-exception-invalid', '2 transaction-control', '3 transaction-control']);
  });
});
