import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';

const rule = 'large-file';

describe(rule, () => {
  test('in a file over 1 MiB the data statements are counted, not parsed; its schema changes are still linted', async () => {
    const inserts = Array.from({ length: 30_000 }, (_, i) => `INSERT INTO app.t (a) VALUES (${i});`).join('\n');
    const findings = await lintSql(`${inserts}\nALTER TABLE app.t DROP COLUMN b;\n`);
    assert.deepEqual(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`), ['001.sql:1:1 large-file', '001.sql:30001:19 drop-column']);
    assert.match(findings[0]?.message ?? '', /30,000 data statements/);
    assert.equal(findings[0]?.severity, 'info');
  });

  test('safe: a small file is parsed whole', async () => {
    assert.deepEqual(await lintSql('INSERT INTO app.t (a) VALUES (1);\n'.repeat(100), rule), []);
  });
});
