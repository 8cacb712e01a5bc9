import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';

const rule = 'lint-exception-invalid';

describe(rule, () => {
  // How an exception covers the statement below it, and the report that keeps its reason: lint.test.ts.
  test('an exception without a reason, for an unknown rule, or for a rule migrate enforces is an error, and silences nothing', async () => {
    const found = await lintSql([
      '-- pg-promote-lint: allow drop-table',
      'DROP TABLE app.a;',
      '-- pg-promote-lint: allow no-such-rule reason: typo',
      '-- pg-promote-lint: allow parse-error reason: cannot be allowed',
      '-- pg-promote-lint: nonsense',
      'SELECT 1;',
    ].join('\n'));
    assert.deepEqual(found.map((f) => `${f.line} ${f.rule}`), ['1 lint-exception-invalid', '2 drop-table', '3 lint-exception-invalid', '4 lint-exception-invalid', '5 lint-exception-invalid']);
    assert.match(found[0]?.message ?? '', /cannot read this exception: write -- pg-promote-lint: allow <rule-id> reason: <why>/);
    assert.match(found[4]?.message ?? '', /cannot read this exception/);
    assert.match(found[2]?.message ?? '', /unknown lint rule 'no-such-rule'/);
    assert.match(found[3]?.message ?? '', /cannot be allowed: migrate refuses it/);
    assert.ok(found.filter((f) => f.rule === rule).every((f) => f.severity === 'error'));
  });

  test('safe: a well-formed exception', async () => {
    assert.deepEqual(await lintSql('-- pg-promote-lint: allow drop-table reason: unused since 4.2\nDROP TABLE app.a;\n', rule), []);
  });
});
