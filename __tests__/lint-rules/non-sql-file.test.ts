import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { LintReport } from '../../src/lint/types.js';
import { cliJson } from '../harness/cli.js';
import { makeTree } from '../harness/tree.js';

const rule = 'non-sql-file';
const CONFIG = 'phases:\n  - name: app\n    schema: app\n    migrations: db/migrations/app\n';

describe(rule, () => {
  test('a file in the migrations folder that migrate would never run is a warning naming it; dotfiles are nobody\'s migration', async () => {
    const root = makeTree({
      'db/promotion.yml': CONFIG,
      'db/migrations/app/001.sql': 'SELECT 1;\n',
      'db/migrations/app/002_forgot.psql': 'DROP TABLE app.t;\n',
      'db/migrations/app/.gitkeep': '',
    });
    const { code, result } = await cliJson(root, ['lint']);
    const report = result.lint as LintReport;
    assert.equal(code, 0);
    assert.deepEqual(report.findings.map((f) => `${f.file} ${f.rule} ${f.severity}`), [`db/migrations/app/002_forgot.psql ${rule} warning`]);
    assert.match(report.findings[0]?.message ?? '', /'002_forgot\.psql' is not a \.sql file: migrate never runs it/);
  });
});
