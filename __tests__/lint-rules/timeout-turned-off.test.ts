import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';

const rule = 'timeout-turned-off';

describe(rule, () => {
  test('a plain SET of lock_timeout or statement_timeout to 0, in any spelling, is a warning that says what it does to the file', async () => {
    const findings = await lintSql("SET lock_timeout = 0;\nSET statement_timeout TO '0';\nSET SESSION lock_timeout = '0ms';\n", rule);
    assert.deepEqual(findings.map((f) => `${f.line} ${f.severity}`), ['1 warning', '2 warning', '3 warning']);
    assert.match(findings[0]!.message, /turns the configured lock_timeout off for the rest of this file: its later statements may wait behind a lock for ever.*next file starts from the configured value/);
    assert.match(findings[1]!.message, /statement_timeout off .* may run for ever/);
  });

  test('in a no-transaction file too', async () => {
    const findings = await lintSql('-- pg-promote:no-transaction\nSET lock_timeout = 0;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a);\n', rule);
    assert.deepEqual(findings.map((f) => f.line), [2]);
  });

  test('safe: a longer timeout, SET LOCAL, DEFAULT, or another setting', async () => {
    assert.deepEqual(await lintSql("SET lock_timeout = '30s';\nSET LOCAL statement_timeout = 0;\nSET lock_timeout TO DEFAULT;\nSET work_mem = 0;\nRESET lock_timeout;\n", rule), []);
  });
});
