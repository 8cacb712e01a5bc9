import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { cliJson } from './harness/cli.js';
import { sampleDatabases, sampleTree } from './harness/postgres.js';
import { testServer } from './harness/server.js';

const server = await testServer();
const sample = await sampleDatabases(server);

/** The sample, plus one more vh migration applied by a second execution. */
async function secondExecution(sql: string, before = '') {
  const url = await sample.fresh();
  const root = sampleTree();
  writeFileSync(path.join(root, 'db/migrations/vh/008_more.sql'), sql);
  if (before) await server.query(url, before);
  const migrate = await cliJson(root, ['migrate', '--database-url', url]);
  const verify = await cliJson(root, ['verify', '--phase', 'vh', '--database-url', url]);
  const trail = verify.result.checks?.find((c) => c.id === 'audit.trail');
  return { migrate, verify, trail };
}

describe('verify: audit trail of the execution', () => {
  test('a file that failed in the newest execution fails audit.trail, named with its SQLSTATE', async () => {
    const { migrate, verify, trail } = await secondExecution("CREATE TABLE vh.extra (id int);\nINSERT INTO vh.extra VALUES ('x');\n");
    assert.equal(migrate.code, 1);
    assert.equal(verify.code, 1);
    assert.equal(trail!.status, 'fail');
    assert.match(trail!.summary, new RegExp(`^execution ${migrate.result.executionId!.slice(0, 8)}: 0 of 1 file succeeded$`));
    assert.deepEqual(trail!.findings, [
      { object: 'db/migrations/vh/008_more.sql', reason: 'failed in this execution: invalid input syntax for type integer: "x" [SQLSTATE 22P02]' },
    ]);
  });

  test('an execution the change log did not record (audit triggers disabled) fails audit.trail', async () => {
    const { migrate, trail } = await secondExecution(
      'CREATE TABLE vh.extra (id int);\nGRANT SELECT ON vh.extra TO vh_app;\n',
      'ALTER EVENT TRIGGER audit_ddl_command_end DISABLE; ALTER EVENT TRIGGER audit_sql_drop DISABLE;',
    );
    assert.equal(migrate.code, 0);
    assert.equal(trail!.status, 'fail');
    assert.deepEqual(trail!.findings, [
      { object: 'audit.change_log', reason: 'holds no entry for any of the 2 files this execution applied: are the audit triggers disabled?' },
    ]);
  });

  test('each file\'s entries are its own transaction\'s: a file that changed nothing audited is a warning naming it', async () => {
    const { migrate, verify, trail } = await secondExecution('ANALYZE vh.ventures;\n');
    assert.equal(migrate.code, 0);
    assert.equal(verify.code, 0);
    assert.equal(trail!.status, 'warn');
    assert.deepEqual(trail!.findings, [
      { object: 'db/migrations/vh/008_more.sql', reason: 'no audit.change_log entry for this file\'s transaction', level: 'warn' },
    ]);
    // The re-applied view file's DROP VIEW and CREATE VIEW are attributed to it, not to 008.
    assert.match(trail!.summary, /2 of 2 files succeeded; \d+ audit\.change_log entries \(.*CREATE VIEW 3/);
    assert.equal(trail!.counts!['operation:CREATE VIEW'], 3);
  });

  test('a baselined version ran nothing: the audit trail looks for no change-log entry of it', async () => {
    const url = await sample.fresh();
    const root = sampleTree();
    writeFileSync(path.join(root, 'db/migrations/vh/008_more.sql'), 'CREATE TABLE vh.extra (id int);\n');
    await server.query(url, 'CREATE TABLE vh.extra (id int)'); // applied by hand, then recorded
    const baseline = await cliJson(root, ['baseline', '--phase', 'vh', '--to', '8', '--database-url', url]);
    assert.equal(baseline.code, 0, JSON.stringify(baseline.result.error));
    const verify = await cliJson(root, ['verify', '--phase', 'vh', '--database-url', url]);
    const trail = verify.result.checks?.find((c) => c.id === 'audit.trail');
    assert.deepEqual(trail!.findings, []);
    assert.match(trail!.summary, new RegExp(`^execution ${baseline.result.executionId!.slice(0, 8)}: 1 of 1 file succeeded`));
  });
});
