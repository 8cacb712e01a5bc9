import assert from 'node:assert/strict';
import { readFileSync, symlinkSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { promotionJsonSchemaText } from '../src/config/json-schema.js';
import { loadConfig, parseConfigText } from '../src/config/load.js';
import { PromoteError } from '../src/errors/promote-error.js';
import { discoverPhase } from '../src/migrate/source.js';
import { cli, REPO_ROOT } from './harness/cli.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

function configErrorOf(yaml: string): PromoteError {
  const root = makeTree({ 'db/promotion.yml': yaml });
  try {
    loadConfig({ root });
  } catch (err) {
    assert.ok(err instanceof PromoteError);
    return err;
  }
  assert.fail('expected a config error');
}

describe('config', () => {
  test('with no promotion.yml it is a config error (exit 2) that says to write one or run init; nothing of the runbook is assumed', () => {
    try {
      loadConfig({ root: makeTree({}) });
      assert.fail('expected a config error');
    } catch (err) {
      assert.ok(err instanceof PromoteError);
      assert.equal(err.kind, 'config');
      assert.equal(err.context.file, 'db/promotion.yml');
      assert.match(err.message, /no config: write db\/promotion\.yml .*run `pg-promote init`/);
    }
  });

  test('an unknown layout is a config error naming the key and the known layouts', () => {
    const err = configErrorOf(onePhaseConfig('').replace('migrations:', 'layout: liquibase\n    migrations:'));
    assert.equal(err.context.key, 'phases.0.layout');
    assert.match(err.message, /flyway/);
    assert.match(err.message, /golang-migrate/);
    assert.match(err.message, /sqitch/);
  });

  test('a project without the runbook\'s sections gets neutral defaults, nothing of the runbook\'s world', () => {
    for (const root of [makeTree({ 'db/promotion.yml': onePhaseConfig('') })]) {
      const config = loadConfig({ root });
      assert.deepEqual(config.ramp.gates, []);
      assert.deepEqual(config.latency.probes, []);
      assert.deepEqual(config.flags.known, []);
      assert.deepEqual(config.flags.rollbackOff, []);
      assert.deepEqual(config.boundaryCheck.rules, []);
      assert.equal(config.auditChangeLog, undefined);
      assert.equal(config.notifications.title, 'Database promotion');
      const { phases, source, root: _root, ...settings } = config;
      assert.doesNotMatch(JSON.stringify(settings), /\beng\b|\bvh\b|analyst_ro|ingest|Housekeeping|governance|service_logs/);
    }
    // Anything but "no such file" is the loader's error to report.
    assert.throws(() => loadConfig({ root: makeTree({ db: 'not a folder' }) }), /cannot read config/);
    assert.throws(() => loadConfig({ root: makeTree({}), configPath: 'missing.yml' }), /config file not found: missing.yml/);
  });

  test('the sample db/promotion.yml carries the runbook\'s gates, probes, flags, title and boundary rule', () => {
    const sample = loadConfig({ root: REPO_ROOT, configPath: 'db/promotion.yml' });
    assert.deepEqual(sample.ramp.gates.map((g) => g.name), ['service_errors', 'ingest_failure_rate']);
    assert.match(sample.ramp.gates[0]!.sql, /audit\.service_logs/);
    assert.match(sample.ramp.gates[1]!.sql, /vh\.ingest_runs/);
    assert.ok(sample.latency.probes.some((p) => /views\.vh_/.test(p.sql)));
    assert.deepEqual(sample.flags.known.map((f) => f.name), ['ingest', 'eng_governance_sync']);
    assert.deepEqual(sample.flags.rollbackOff, ['ingest', 'eng_governance_sync']);
    assert.equal(sample.notifications.title, 'Database Housekeeping Promotion');
    assert.deepEqual(sample.boundaryCheck.rules, [{ name: 'vh-must-not-write-eng', paths: ['apps/vh/**'], protectedSchemas: ['eng'], protectedPrefixes: ['eng_'] }]);
    assert.deepEqual(sample.auditChangeLog, { schema: 'audit', table: 'change_log' });
  });

  test('the shipped db/promotion.yml is valid and is the runbook layout', () => {
    const shipped = loadConfig({ root: REPO_ROOT, configPath: 'db/promotion.yml' });
    assert.deepEqual(shipped.phases.map((p) => [p.name, p.layout, p.migrations.rel]), [['eng', 'pg-promote', 'db/migrations/eng'], ['vh', 'pg-promote', 'db/migrations/vh']]);
  });

  test('durations, retries and the history table are read from the file', () => {
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig('lock_timeout: 250ms\nstatement_timeout: 2min\nlock_retries: 0\nhistory_table: ops.history\n') });
    const config = loadConfig({ root });
    assert.equal(config.lockTimeoutMs, 250);
    assert.equal(config.statementTimeoutMs, 120_000);
    assert.equal(config.lockRetries, 0);
    assert.deepEqual(config.historyTable, { schema: 'ops', table: 'history' });
  });

  test('errors name the file, the line and the key', () => {
    const cases: Array<[string, RegExp, number | undefined]> = [
      [onePhaseConfig('lock_timeout: 5 seconds\n'), /^lock_timeout: must be a duration such as 250ms/, 6],
      [onePhaseConfig('lock_timout: 5s\n'), /unknown key 'lock_timout'/, 1],
      ['phases:\n  - name: app\n    schema: app\n', /^phases\.0\.migrations: is required/, 2],
      ['phases:\n  - name: app\n    schema: \'eng"; DROP TABLE x; --\'\n    migrations: m\n', /^phases\.0\.schema: must be a plain identifier/, 3],
      ['phases: []\n', /must list at least one phase/, 1],
      [`${onePhaseConfig()}  - name: app\n    schema: other\n    migrations: m2\n`, /phases\.1\.name: 'app' is already used by phase 1/, 6],
      ['phases:\n  - name: app\n    name: again\n', /invalid YAML: Map keys must be unique/, 3],
      ['', /file is empty/, 1],
    ];
    for (const [yaml, message, line] of cases) {
      const err = configErrorOf(yaml);
      assert.equal(err.kind, 'config');
      assert.equal(err.context.file, 'db/promotion.yml');
      assert.match(err.message, message);
      assert.equal(err.context.line, line, err.message);
    }
  });

  test('a YAML alias bomb is refused, not expanded', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    const err = configErrorOf(`${bomb.join('\n')}\nphases: []\n`);
    assert.match(err.message, /invalid YAML: .*(alias|Excessive)/i);
  });

  test('paths may not leave the repository, by ../, absolute paths or links', () => {
    for (const where of ['../elsewhere', '/etc']) {
      const err = configErrorOf(`phases:\n  - name: app\n    schema: app\n    migrations: ${where}\n`);
      assert.match(err.message, /outside the repository root|is absolute/);
      assert.equal(err.context.key, 'phases.0.migrations');
    }
    const outside = makeTree({ 'evil/001_x.sql': 'DROP TABLE important;' });
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig() });
    mkdirSync(path.join(root, 'db/migrations'), { recursive: true });
    symlinkSync(path.join(outside, 'evil'), path.join(root, 'db/migrations/app'));
    const config = loadConfig({ root });
    assert.throws(() => discoverPhase(root, config.phases[0]!), /a link that leads outside the repository root/);
  });

  test('backup.dir, report.dir and boundary_check.baseline stay inside the repository too, refused with exit 2 naming the key and line; --backup-dir and --audit-dir may point anywhere', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['backup:\n  dir: ../../..\n', 'backup.dir', /^error: db\/promotion\.yml:7: backup\.dir: path '\.\.\/\.\.\/\.\.' is outside the repository root$/m],
      ['backup:\n  dir: /var/tmp/dumps\n', 'backup.dir', /^error: db\/promotion\.yml:7: backup\.dir: path '\/var\/tmp\/dumps' is absolute; write it relative to the repository root$/m],
      ['report:\n  dir: ops/../../reports\n', 'report.dir', /^error: db\/promotion\.yml:7: report\.dir: path 'ops\/\.\.\/\.\.\/reports' is outside the repository root$/m],
      ['boundary_check:\n  baseline: ../accepted.json\n', 'boundary_check.baseline', /^error: db\/promotion\.yml:7: boundary_check\.baseline: path '\.\.\/accepted\.json' is outside the repository root$/m],
    ];
    for (const [extra, key, message] of cases) {
      const root = makeTree({ 'db/promotion.yml': onePhaseConfig(extra) });
      // Refused before connecting: the port has nothing listening.
      const run = await cli(root, ['plan', '--database-url', 'postgres://nobody@127.0.0.1:9/none']);
      assert.equal(run.code, 2, `${key}: ${run.stdout}${run.stderr}`);
      assert.match(run.stderr, message, key);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    }
    // A link inside the repository that leads out of it is refused as well.
    const linked = makeTree({ 'db/promotion.yml': onePhaseConfig() });
    symlinkSync(makeTree({}), path.join(linked, 'backups'));
    assert.throws(() => loadConfig({ root: linked }), (err: PromoteError) => err.context.key === 'backup.dir' && /backup\.dir: 'backups' is a link that leads outside the repository root/.test(err.message));
    // The repository root itself is inside.
    const atRoot = makeTree({ 'db/promotion.yml': onePhaseConfig('backup:\n  dir: .\n') });
    assert.equal(loadConfig({ root: atRoot }).backup.dir, path.resolve(atRoot));
    // Given explicitly (--backup-dir, --audit-dir), the config's folder is replaced, so not held to the repository.
    const outside = makeTree({ 'db/promotion.yml': onePhaseConfig('backup:\n  dir: ../../..\nreport:\n  dir: /var/tmp/reports\n') });
    assert.doesNotThrow(() => loadConfig({ root: outside, explicitDirs: { backup: true, report: true } }));
    const run = await cli(outside, ['backup', '--backup-dir', '/var/tmp/elsewhere', '--database-url', 'postgres://nobody@127.0.0.1:9/none']);
    assert.equal(run.code, 2);
    assert.doesNotMatch(run.stderr, /backup\.dir/, 'not refused for the folder it was not going to use');
    assert.match(run.stderr, /report\.dir: path '\/var\/tmp\/reports' is absolute/, 'the folder it would use is still checked');
  });

  test('schema/promotion.schema.json is the zod schema, regenerated (npm run schema)', () => {
    assert.equal(readFileSync(path.join(REPO_ROOT, 'schema/promotion.schema.json'), 'utf8'), promotionJsonSchemaText());
  });
});

describe('config: the README', () => {
  test("every promotion.yml snippet in the README is valid config (a documented key that does not exist fails here)", () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const snippets = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((b) => !b.includes('uses:'));
    assert.ok(snippets.length >= 4, `found ${snippets.length} config snippets`);
    for (const snippet of snippets) {
      const text = snippet.includes('phases:') ? snippet : `phases:\n  - { name: app, schema: app, migrations: db/migrations/app }\n${snippet}`;
      assert.doesNotThrow(() => parseConfigText(text, 'README.md'), `README snippet starting "${snippet.split('\n')[0]}"`);
    }
  });
});
