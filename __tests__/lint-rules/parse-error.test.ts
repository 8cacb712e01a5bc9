import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';

const rule = 'parse-error';

describe(rule, () => {
  test('a statement PostgreSQL cannot parse is an error at the parser position; the rest of the file is still linted', async () => {
    const findings = await lintSql([
      "-- é comes first: columns count characters, not bytes\nSELECT 'é', 1;\nALTER TABLE app.t ADD COLUMN;\nDROP TABLE app.x;\n",
      "CREATE TABLE app.y (id int);\nSELECT 'unterminated;\n",
    ]);
    assert.deepEqual(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`), ['001.sql:3:29 parse-error', '001.sql:4:1 drop-table', '002.sql:2:8 parse-error']);
    assert.match(findings[0]?.message ?? '', /syntax error at end of input/);
    assert.match(findings[2]?.message ?? '', /unterminated string/);
    assert.equal(findings[0]?.severity, 'error');
  });
});
