import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { cli, cliJson, SOURCE_CLI_ARGS } from './harness/cli.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

const server = await testServer();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The database as a login role of its own (created here), for the permission cases. */
async function asRole(url: string, role: string, grants: string): Promise<string> {
  await server.query(url, `DROP ROLE IF EXISTS ${role}; CREATE ROLE ${role} LOGIN PASSWORD 'role-pw'; ${grants}`);
  const u = new URL(url);
  u.username = role;
  u.password = 'role-pw';
  return u.toString();
}

const historyOf = async (url: string) =>
  (await server.query(url, 'SELECT file_name, success FROM audit.migration_log ORDER BY id')).rows as Array<{ file_name: string; success: boolean }>;

/** The source CLI as a process of its own: signals and pipes are the process's. */
function spawnCli(root: string, args: string[], url: string) {
  const child = spawn(process.execPath, [...SOURCE_CLI_ARGS, ...args], { cwd: root, env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: url } });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (d) => (out.stdout += d));
  child.stderr.on('data', (d) => (out.stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, out, exited };
}

describe('plain errors: one line naming the object, the right exit code', () => {
  test('history_table naming an existing table that is not a pg-promote history: exit 2 naming it, nothing applied', async () => {
    const url = await server.createDatabase('unrelated');
    await server.query(url, 'CREATE SCHEMA audit; CREATE TABLE audit.migration_log (entry text, at timestamptz)');
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': 'CREATE SCHEMA app;' });
    for (const command of ['migrate', 'plan', 'status']) {
      const run = await cli(root, [command, '--database-url', url]);
      assert.equal(run.code, 2, `${command}: ${run.stdout}${run.stderr}`);
      assert.match(run.stderr, /^error: history_table: audit\.migration_log exists but is not a pg-promote history table \(it has no columns id, execution_id, .*error_message\); name a table pg-promote may own in history_table$/m, command);
      assert.doesNotMatch(run.stderr, /unexpected error/);
    }
    assert.equal((await server.query(url, "SELECT to_regnamespace('app') AS s")).rows[0].s, null, 'nothing applied');
  });

  test('a role that cannot write the history table, or reach its schema, or create it: exit 2 naming the table and the privilege, nothing applied', async () => {
    const url = await server.createDatabase('perm');
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': 'SELECT 1;', 'db/migrations/app/002_b.sql': 'SELECT 2;', 'db/migrations/DOWN/app/002_b.sql': 'SELECT 0;' });
    const noCreate = await asRole(url, 'pgp_nocreate', 'REVOKE CREATE ON SCHEMA public FROM PUBLIC;');
    const created = await cli(root, ['migrate', '--database-url', noCreate]);
    assert.equal(created.code, 2, created.stdout + created.stderr);
    assert.match(created.stderr, /^error: history_table: cannot create the history table audit\.migration_log: permission denied for database .* \[SQLSTATE 42501\]; create it once as a role that may, then grant this one SELECT, INSERT, UPDATE on it \[SQLSTATE 42501\]$/m);

    writeFileSync(path.join(root, 'db/migrations/app/002_b.sql'), 'SELECT 2;');
    assert.equal((await cli(root, ['migrate', '--database-url', url])).code, 0, 'the owner applies 001 and 002');
    writeFileSync(path.join(root, 'db/migrations/app/003_c.sql'), 'SELECT 3;');
    const noSchema = await asRole(url, 'pgp_noschema', '');
    const schemaRun = await cli(root, ['migrate', '--database-url', noSchema]);
    assert.equal(schemaRun.code, 2, schemaRun.stdout + schemaRun.stderr);
    assert.match(schemaRun.stderr, /^error: history_table: the history table audit\.migration_log cannot be used: permission denied for schema audit; grant this role USAGE on schema audit/m);

    const readOnly = await asRole(url, 'pgp_reader', 'GRANT USAGE ON SCHEMA audit TO pgp_reader; GRANT SELECT ON audit.migration_log TO pgp_reader;');
    const plan = await cli(root, ['plan', '--database-url', readOnly]);
    assert.equal(plan.code, 0, `reading is enough for plan: ${plan.stderr}`);
    const run = await cli(root, ['migrate', '--database-url', readOnly]);
    assert.equal(run.code, 2, run.stdout + run.stderr);
    assert.match(run.stderr, /^error: history_table: permission denied: role 'pgp_reader' lacks INSERT on the history table audit\.migration_log; grant it, or run as a role that has it \[SQLSTATE 42501\]$/m);

    await server.query(url, 'GRANT INSERT ON audit.migration_log TO pgp_reader');
    const noSequence = await cli(root, ['migrate', '--database-url', readOnly]);
    assert.equal(noSequence.code, 2);
    assert.match(noSequence.stderr, /lacks USAGE on the id sequence of the history table audit\.migration_log/);
    const down = await cli(root, ['down', '--to', '1', '--database-url', readOnly]);
    assert.equal(down.code, 2);
    assert.match(down.stderr, /lacks UPDATE on the history table audit\.migration_log/);
    for (const r of [created, schemaRun, run, noSequence, down]) assert.doesNotMatch(r.stderr, /unexpected error/);
    assert.deepEqual((await historyOf(url)).map((h) => h.file_name), ['db/migrations/app/001_a.sql', 'db/migrations/app/002_b.sql'], 'nothing more applied or recorded');
  });

  test('`migrate | head -4`: the reader leaving ends the output quietly, no EPIPE trace, and the migration still completes', async () => {
    const url = await server.createDatabase('epipe');
    const files: Record<string, string> = { 'db/promotion.yml': onePhaseConfig() };
    for (let i = 1; i <= 12; i++) files[`db/migrations/app/${String(i).padStart(3, '0')}_f.sql`] = i === 4 ? 'SELECT pg_sleep(0.5);' : `SELECT ${i};`;
    const root = makeTree(files);
    const { child, out, exited } = spawnCli(root, ['migrate'], url);
    for (let i = 0; out.stdout.split('\n').length <= 4; i++) {
      assert.ok(i < 3000 && child.exitCode === null, `no four lines: ${out.stdout}${out.stderr}`);
      await sleep(10);
    }
    child.stdout.destroy(); // what `head -4` does once it has its lines
    const code = await exited;
    assert.equal(code, 0, out.stderr);
    assert.equal(out.stderr, '', 'nothing on stderr: no EPIPE, no stack trace');
    assert.equal((await historyOf(url)).filter((h) => h.success).length, 12, 'every file applied');
  });

  test('SIGTERM or SIGINT during migrate: the running file is rolled back and the run ends saying what was applied and what was not', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const url = await server.createDatabase('signal');
      const root = makeTree({
        'db/promotion.yml': onePhaseConfig(),
        'db/migrations/app/001_schema.sql': 'CREATE SCHEMA app; CREATE TABLE app.t (id int);',
        'db/migrations/app/002_slow.sql': 'INSERT INTO app.t VALUES (2); SELECT pg_sleep(30);',
        'db/migrations/app/003_after.sql': 'INSERT INTO app.t VALUES (3);',
      });
      const { child, out, exited } = spawnCli(root, ['migrate'], url);
      for (let i = 0; ; i++) {
        const active = await server.query(url, "SELECT 1 FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid()");
        if (active.rowCount) break;
        assert.ok(i < 300, 'the slow file never started');
        await sleep(50);
      }
      const sent = Date.now();
      child.kill(signal);
      const code = await exited;
      assert.equal(code, 1, out.stdout + out.stderr);
      assert.ok(Date.now() - sent < 10_000, 'stopped at once, not after the 30 s file');
      assert.match(
        out.stderr,
        new RegExp(`^error: interrupted by ${signal}: applied in this run: db/migrations/app/001_schema\\.sql; not applied: db/migrations/app/002_slow\\.sql, db/migrations/app/003_after\\.sql \\(a file that was running was rolled back; a re-run resumes there\\)$`, 'm'),
      );
      assert.match(out.stdout, /stopped: 1 applied, 1 pending, 1 failed/);
      assert.deepEqual((await server.query(url, 'SELECT id FROM app.t')).rows, [], 'the slow file was rolled back');
      assert.deepEqual((await historyOf(url)).filter((h) => h.success).map((h) => h.file_name), ['db/migrations/app/001_schema.sql']);
    }
  });

  test('file names: control characters are shown escaped; a name that is not UTF-8 is refused naming it; a folder or FIFO named like a migration is reported as skipped', async () => {
    const url = await server.createDatabase('names');
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/001_a.sql': 'SELECT 1;',
      'db/migrations/app/002_tab\there\u001b[31mred.sql': 'SELECT 2;',
    });
    mkdirSync(path.join(root, 'db/migrations/app/003_folder.sql'));
    execFileSync('mkfifo', [path.join(root, 'db/migrations/app/004_pipe.sql')]);
    const run = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(run.result.warnings, [
      'db/migrations/app/003_folder.sql: skipped: a folder, not a file (only files are migrations)',
      'db/migrations/app/004_pipe.sql: skipped: a FIFO, not a file (only files are migrations)',
    ]);
    const text = await cli(root, ['status', '--database-url', url]);
    assert.match(text.stdout, /002_tab\\there\\x1b\[31mred\.sql/);
    for (const line of (text.stdout + text.stderr).split('\n')) assert.ok(!/[\r\t\u001b]/.test(line), `a raw control character in: ${JSON.stringify(line)}`);
    assert.equal((await historyOf(url)).at(-1)!.file_name, 'db/migrations/app/002_tab\\there\\x1b[31mred.sql');
    // A newline or carriage return in a name: refused (not a version-numbered name), the name shown on one line.
    const split = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a\nb\r.sql': 'SELECT 1;' });
    const refused = await cli(split, ['plan', '--database-url', url]);
    assert.equal(refused.code, 2);
    assert.equal(refused.stderr, 'error: db/migrations/app/001_a\\nb\\r.sql: file name does not start with a version number (expected e.g. 001_create_tables.sql)\n');

    const latin1 = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': 'SELECT 1;' });
    writeFileSync(Buffer.concat([Buffer.from(path.join(latin1, 'db/migrations/app/002_caf')), Buffer.from([0xe9]), Buffer.from('.sql')]), 'SELECT 2;');
    const bad = await cli(latin1, ['plan', '--database-url', url]);
    assert.equal(bad.code, 2, bad.stdout + bad.stderr);
    assert.match(bad.stderr, /^error: db\/migrations\/app\/002_caf\\xe9\.sql: file name '002_caf\\xe9\.sql' is not valid UTF-8; rename it \(names are read as UTF-8\)$/m);
  });
});
