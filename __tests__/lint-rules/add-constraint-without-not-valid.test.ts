import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';

const rule = 'add-constraint-without-not-valid';

describe(rule, () => {
  test('ADD CONSTRAINT without NOT VALID is flagged, and so is VALIDATE in the same transaction as the NOT VALID add', async () => {
    const findings = await lintSql([
      [
        'ALTER TABLE app.t ADD CONSTRAINT t_fk FOREIGN KEY (u) REFERENCES app.u (id);',
        'ALTER TABLE app.t ADD CONSTRAINT t_chk CHECK (a > 0);',
        'ALTER TABLE app.t ADD COLUMN v bigint REFERENCES app.v (id);',
        'ALTER TABLE app.t ADD CONSTRAINT t_fk2 FOREIGN KEY (w) REFERENCES app.w (id) NOT VALID;',
        'ALTER TABLE app.t VALIDATE CONSTRAINT t_fk2;',
      ].join('\n'),
      'ALTER TABLE app.t VALIDATE CONSTRAINT t_fk2;\n',
      '-- pg-promote:no-transaction\nALTER TABLE app.t ADD CONSTRAINT t_fk3 FOREIGN KEY (x) REFERENCES app.x (id) NOT VALID;\nALTER TABLE app.t VALIDATE CONSTRAINT t_fk3;\n',
    ]);
    assert.deepEqual(findings.map((f) => `${f.file}:${f.line} ${f.rule}`), [
      '001.sql:1 add-constraint-without-not-valid',
      '001.sql:2 add-constraint-without-not-valid',
      '001.sql:3 add-constraint-without-not-valid',
      '001.sql:5 add-constraint-without-not-valid',
    ]);
    assert.match(findings[3]?.fix ?? '', /later migration file/);
  });
});
