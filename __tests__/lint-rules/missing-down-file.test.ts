import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { LintFinding } from '../../src/lint/types.js';
import { cliJson } from '../harness/cli.js';
import { makeTree, onePhaseConfig } from '../harness/tree.js';

const rule = 'missing-down-file';
const at = (findings: readonly LintFinding[]) => findings.map((f) => `${f.file.split('/').pop()}:${f.line}:${f.column} ${f.rule}`);

describe(rule, () => {
  // The rule reads the phase's down folder, so its cases are trees on disk.
  test('a migration without a DOWN file is a warning, unless its header says why', async () => {
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/001_a.sql': 'SELECT 1;\n',
      'db/migrations/DOWN/app/001_a.sql': 'SELECT 1;\n',
      'db/migrations/app/002_b.sql': 'SELECT 2;\n',
      'db/migrations/app/003_c.sql': '-- pg-promote-lint: allow missing-down-file reason: data fix; restore from backup\nSELECT 3;\n',
    });
    const { code, result } = await cliJson(root, ['lint']);
    assert.equal(code, 0);
    assert.deepEqual(at(result.lint?.findings ?? []), [`002_b.sql:1:1 ${rule}`]);
    assert.deepEqual(result.lint?.exceptions.map((e) => e.rule), [rule]);
  });
});
