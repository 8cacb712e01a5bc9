import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';
import type { LintReport } from '../../src/lint/types.js';
import { cli, cliJson } from '../harness/cli.js';
import { debugMessages, locksTaken } from '../harness/pg-behaviour.js';
import { testServer } from '../harness/server.js';
import { makeTree, writeTree } from '../harness/tree.js';

const server = await testServer();
const CONFIG = 'phases:\n  - name: app\n    schema: app\n    migrations: db/migrations/app\n';
const DIR = 'db/migrations/app';
const ADD = 'ALTER TABLE app.t ADD CONSTRAINT t_b_nn CHECK (b IS NOT NULL) NOT VALID;\n';
const VALIDATE = 'ALTER TABLE app.t VALIDATE CONSTRAINT t_b_nn;\n';
const SET = 'ALTER TABLE app.t ALTER COLUMN b SET NOT NULL;\n';

describe('set-not-null-without-check', () => {
  test('the server: with a validated CHECK (b IS NOT NULL) SET NOT NULL proves it from the check (no scan); without, it holds ACCESS EXCLUSIVE', async () => {
    const url = await server.createDatabase();
    await server.query(url, 'CREATE SCHEMA app; CREATE TABLE app.t (a int, b int); INSERT INTO app.t VALUES (1, 1);');
    assert.deepEqual(await locksTaken(url, SET), ['t AccessExclusiveLock']);
    const without = await debugMessages(url, `BEGIN; ${SET} ROLLBACK;`);
    assert.ok(!without.some((m) => /sufficient to prove/.test(m)), without.join('\n'));
    await server.query(url, ADD + VALIDATE);
    const proven = await debugMessages(url, SET);
    assert.ok(proven.some((m) => /existing constraints on column "t.b" are sufficient to prove that it does not contain nulls/.test(m)), proven.join('\n'));
  });

  test('flagged without a check, or when the check is only NOT VALID, or validated after the SET, or dropped before it', async () => {
    assert.deepEqual((await lintSql(SET, 'set-not-null-without-check')).map((f) => `${f.file}:${f.line}`), ['001.sql:1']);
    assert.equal((await lintSql([ADD, SET], 'set-not-null-without-check')).length, 1, 'NOT VALID proves nothing');
    assert.equal((await lintSql([ADD, SET + VALIDATE], 'set-not-null-without-check')).length, 1, 'validated after the SET');
    assert.equal((await lintSql([ADD, VALIDATE, 'ALTER TABLE app.t DROP CONSTRAINT t_b_nn;\n' + SET], 'set-not-null-without-check')).length, 1, 'dropped first');
  });

  test('the fix follows the version: the CHECK sequence before 18, a NOT VALID NOT NULL constraint from 18', async () => {
    const [on13] = await lintSql(SET, 'set-not-null-without-check', { postgresVersion: 13 });
    const [on18] = await lintSql(SET, 'set-not-null-without-check', { postgresVersion: 18 });
    assert.match(on13?.fix ?? '', /CHECK \(column IS NOT NULL\) NOT VALID/);
    assert.match(on18?.fix ?? '', /ADD CONSTRAINT b_not_null NOT NULL b NOT VALID/);
    assert.deepEqual(await lintSql('ALTER TABLE app.t ADD CONSTRAINT b_not_null NOT NULL b NOT VALID;\n', 'add-constraint-without-not-valid', { postgresVersion: 18 }), []);
  });

  test('safe forms: a check added validated, or added NOT VALID and validated in a later file, in any file before the SET', async () => {
    assert.deepEqual(await lintSql(['ALTER TABLE app.t ADD CONSTRAINT c CHECK (b IS NOT NULL);\n', SET], 'set-not-null-without-check'), []);
    assert.deepEqual(await lintSql([ADD, VALIDATE, SET], 'set-not-null-without-check'), []);
    assert.deepEqual(await lintSql([ADD, VALIDATE + SET], 'set-not-null-without-check'), []);
    // The target's own NOT VALID check (an applied file added it), validated by a pending file.
    const target = [{ table: { schema: 'app', name: 't' }, name: 't_b_nn', notNullColumn: 'b', validated: false }];
    assert.deepEqual(await lintSql([VALIDATE, SET], 'set-not-null-without-check', { targetChecks: target }), []);
    assert.equal((await lintSql([SET, VALIDATE], 'set-not-null-without-check', { targetChecks: target })).length, 1);
  });

  test('with --database-url: a NOT VALID check an applied file added, validated by one pending file, lets the next pending file SET NOT NULL unflagged (plan passes)', async () => {
    const url = await server.createDatabase();
    const root = makeTree({
      'db/promotion.yml': CONFIG,
      [`${DIR}/001_table.sql`]: 'CREATE SCHEMA app;\nCREATE TABLE app.t (a int, b int);\n',
      [`${DIR}/002_check.sql`]: ADD,
    });
    assert.equal((await cli(root, ['migrate', '--database-url', url])).code, 0);
    writeTree(root, { [`${DIR}/003_validate.sql`]: VALIDATE, [`${DIR}/004_set.sql`]: SET });
    const linted = await cliJson(root, ['lint', '--database-url', url]);
    const report = linted.result.lint as LintReport;
    assert.deepEqual(report.findings.map((f) => f.rule), []);
    assert.deepEqual(report.postgresVersion, { major: Number((await server.query(url, 'SHOW server_version_num')).rows[0].server_version_num.slice(0, 2)), from: 'database' });
    assert.equal((await cli(root, ['plan', '--database-url', url])).code, 0);

    // Without the VALIDATE pending, the SET is a finding again: the order is followed.
    writeTree(root, { [`${DIR}/003_validate.sql`]: 'SELECT 1;\n' });
    const unvalidated = (await cliJson(root, ['lint', '--database-url', url])).result.lint as LintReport;
    assert.deepEqual(unvalidated.findings.map((f) => `${f.file.split('/').pop()} ${f.rule}`), ['004_set.sql set-not-null-without-check']);
  });

  test('SET NOT NULL needs a validated CHECK (col IS NOT NULL): added NOT VALID, validated in a later file', async () => {
    const findings = await lintSql([
      'ALTER TABLE app.t ALTER COLUMN a SET NOT NULL;\nALTER TABLE app.t ADD CONSTRAINT t_b_nn CHECK (b IS NOT NULL) NOT VALID;\n',
      'ALTER TABLE app.t VALIDATE CONSTRAINT t_b_nn;\nALTER TABLE app.t ALTER COLUMN b SET NOT NULL;\nALTER TABLE app.t ALTER COLUMN c SET NOT NULL;\n',
    ]);
    assert.deepEqual(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`), ['001.sql:1:34 set-not-null-without-check', '002.sql:3:34 set-not-null-without-check']);
  });
});
