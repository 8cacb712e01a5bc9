import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';

const rule = 'unique-constraint-without-index';

describe(rule, () => {
  test('UNIQUE and PRIMARY KEY need a concurrently built index; ALTER COLUMN TYPE rewrites; SET DEFAULT is nothing', async () => {
    const findings = await lintSql([
      'ALTER TABLE app.t ADD CONSTRAINT t_u UNIQUE (a);',
      'ALTER TABLE app.t ADD PRIMARY KEY (id);',
      'ALTER TABLE app.t ADD CONSTRAINT t_u2 UNIQUE USING INDEX t_u2_idx;',
      'ALTER TABLE app.t ALTER COLUMN a TYPE bigint;',
      'ALTER TABLE app.t ALTER COLUMN b SET DEFAULT 0;',
    ].join('\n'));
    assert.deepEqual(findings.map((f) => `${f.line} ${f.rule}`), ['1 ' + rule, '2 ' + rule, '4 alter-column-type']);
  });
});
