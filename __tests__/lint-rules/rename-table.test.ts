import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';

const rule = 'rename-table';

describe(rule, () => {
  test('RENAME of a table or column is flagged; of a constraint or index it is not', async () => {
    const findings = await lintSql('ALTER TABLE app.t RENAME TO t2;\nALTER TABLE app.t2\n  RENAME COLUMN a TO b;\nALTER TABLE app.t2 RENAME CONSTRAINT c1 TO c2;\nALTER INDEX app.i1 RENAME TO i2;\n');
    assert.deepEqual(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`), ['001.sql:1:19 rename-table', '001.sql:3:3 rename-column']);
    assert.match(findings[0]?.message ?? '', /renaming app\.t to t2 breaks every running query that names it/);
    assert.equal(findings[0]?.severity, 'warning');
  });
});
