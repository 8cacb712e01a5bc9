import assert from 'node:assert/strict';
import { closeSync, mkdirSync, openSync, writeFileSync, ftruncateSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { commandSpec } from '../src/commands/index.js';
import { parseConfigText } from '../src/config/load.js';
import { PromoteError } from '../src/errors/promote-error.js';
import { cli } from './harness/cli.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

/** Every case must be refused before a database is contacted: the URL points nowhere. */
const NOWHERE = 'postgres://nobody@127.0.0.1:1/nowhere';

describe('hostile input', () => {
  test('an enormous migration file is refused by size, without reading it', async () => {
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig() });
    mkdirSync(path.join(root, 'db/migrations/app'), { recursive: true });
    const fd = openSync(path.join(root, 'db/migrations/app/001_huge.sql'), 'w');
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: 200 MiB on paper, nothing on disk
    closeSync(fd);
    const before = process.memoryUsage().rss;
    const run = await cli(root, ['plan', '--database-url', NOWHERE]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /001_huge\.sql: file is 200\.0 MiB; the limit is 50 MiB/);
    assert.ok(process.memoryUsage().rss - before < 100 * 1024 * 1024, 'memory stays bounded');
  });

  test('a file with NUL bytes is not SQL', async () => {
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_x.sql': 'SELECT 1;\nSELECT 2\0;\n' });
    const run = await cli(root, ['plan', '--database-url', NOWHERE]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /001_x\.sql:2: file contains a NUL byte/);
  });

  test('a migration folder with 100,000 files is refused, not read', async () => {
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig() });
    const folder = path.join(root, 'db/migrations/app');
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < 100_000; i++) writeFileSync(path.join(folder, `${i}_f.sql`), '');
    const run = await cli(root, ['plan', '--database-url', NOWHERE]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /db\/migrations\/app: folder holds 100000 \.sql files; the limit is 10000/);
  });

  test('a schema name that tries SQL injection is a config error; nothing runs', async () => {
    const root = makeTree({
      'db/promotion.yml': 'phases:\n  - name: app\n    schema: \'eng"; DROP TABLE x; --\'\n    migrations: db/m\n',
    });
    const run = await cli(root, ['migrate', '--database-url', NOWHERE]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /db\/promotion\.yml:3: phases\.0\.schema: must be a plain identifier/);
  });

  test('promotion.yml with bytes that are not UTF-8, or with a !!js/function tag, is a config error naming the file and line', async () => {
    const root = makeTree({});
    mkdirSync(path.join(root, 'db'), { recursive: true });
    writeFileSync(path.join(root, 'db/promotion.yml'), Buffer.concat([Buffer.from(onePhaseConfig('lock_timeout: 5s\n')), Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    const latin1 = await cli(root, ['plan', '--database-url', NOWHERE]);
    assert.equal(latin1.code, 2, latin1.stderr);
    assert.match(latin1.stderr, /^error: db\/promotion\.yml:7: not valid UTF-8 \(byte 0xe9 at offset \d+\); save the file as UTF-8$/m);
    for (const [yaml, line] of [
      ["phases:\n  - name: app\n    schema: !!js/function 'function () { return process.exit(9) }'\n    migrations: db/m\n", 3],
      ['!!js/function >\n  function () {}\n', 1],
      ["phases:\n  - !!python/object:os.system { name: app, schema: app, migrations: db/m }\n", 2],
    ] as const) {
      writeFileSync(path.join(root, 'db/promotion.yml'), yaml);
      const run = await cli(root, ['plan', '--database-url', NOWHERE]);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, new RegExp(`^error: db/promotion\\.yml:${line}:\\d+: YAML tag '!![a-z/:.]+' is not supported \\(write plain values: no tags\\)$`, 'm'), yaml);
      assert.doesNotMatch(run.stderr, /unexpected error|is required/);
    }
  });

  test('property: random text as promotion.yml never crashes the parser; it is a config or a clear error', () => {
    const yamlish = fc
      .array(
        fc.oneof(
        fc.constantFrom('phases:', '\n', '  - ', 'name: ', 'schema: ', 'migrations: ', '&a ', '*a ', '[', ']', '{', '}', ': ', '"', "'", '#', '!!', 'lock_timeout: 5s', '\t', '- ', '1', 'true', '~'),
          fc.string({ maxLength: 5 }),
        ),
        { maxLength: 60 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.string({ maxLength: 200 })), (text) => {
        try {
          parseConfigText(text, 'db/promotion.yml');
        } catch (err) {
          assert.ok(err instanceof PromoteError, `threw ${String(err)}`);
          assert.equal(err.kind, 'config');
          assert.equal(err.context.file, 'db/promotion.yml');
        }
      }),
      { numRuns: 800 },
    );
  });

  test('fuzz: no command line and no promotion.yml a user can type produces "unexpected error" (every outcome is a clear error, an exit code of 0, 1 or 2)', async () => {
    const root = makeTree({ 'db/promotion.yml': onePhaseConfig(), 'db/migrations/app/001_a.sql': 'SELECT 1;', 'r.json': '{"command": "migrate"}' });
    // Commands that stay on this machine (review would start a cluster; the GitHub commands call GitHub).
    const commands = ['plan', 'status', 'migrate', 'down', 'backup', 'restore', 'verify', 'report', 'ramp', 'latency', 'flags', 'lint', 'notify', 'boundary-check', 'migrat', ''];
    const options = [
      '--to', '--phase', '--json', '--dry-run', '--window', '--interval', '--flag', '--samples', '--jobs', '--format', '--verify', '--event', '--results',
      '--config', '--backup-dir', '--audit-dir', '--outside-window', '--without-backup', '--confirm', '--backup', '--baseline', '--compare', '--paths',
      '--reason', '--message', '--force', '--resume', '--revert', '--staging-url', '--scratch-url', '--backup-manifest', '--database-url', '--sarif', '--result-file', '-h', '--nope',
    ];
    const values = [
      '', ' ', '0', '-1', '101', '1.5', '1e3', 'NaN', '10s', '0s', '1h', '-5min', 'ingest', 'app', 'off', 'list', 'start', 'rollback', 'custom', 'restore',
      '../..', 'r.json', 'db', 'db/promotion.yml', 'x.json', '--', '=', '\u0000', 'é', '${HOME}', "'; DROP TABLE x; --", NOWHERE, 'postgres://', 'not a url',
      'postgres://u:p@[::1', 'postgres://u@127.0.0.1:99999/x',
    ];
    // Mostly options that belong to the command (so parsing goes past the option check into
    // each option's own), sometimes any option, a stray word or random text.
    const own = (command: string) => Object.values(commandSpec(command)?.options ?? {}).map((o) => `--${o.flag}`);
    const argv = fc
      .constantFrom(...commands)
      .chain((command) => {
        const mine = own(command);
        const option = mine.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...mine) }, { weight: 1, arbitrary: fc.constantFrom(...options) }) : fc.constantFrom(...options);
        const token = fc.oneof(
          { weight: 4, arbitrary: fc.tuple(option, fc.constantFrom(...values)) },
          { weight: 1, arbitrary: fc.tuple(option) },
          { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 8 }))) },
        );
        return fc.tuple(fc.constant(command), fc.array(token, { maxLength: 5 }), fc.boolean());
      })
      .map(([command, rest, withUrl]) => [...(command ? [command] : []), ...rest.flat(), ...(withUrl ? ['--database-url', NOWHERE] : [])]);
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const run = await cli(root, args);
        assert.ok([0, 1, 2].includes(run.code), `exit ${run.code} for ${JSON.stringify(args)}`);
        assert.doesNotMatch(run.stdout + run.stderr, /unexpected error/, JSON.stringify(args));
      }),
      { numRuns: 400 },
    );

    const keys = ['lock_timeout', 'statement_timeout', 'lock_retries', 'history_table', 'out_of_order', 'backup', 'report', 'production', 'flags', 'ramp', 'maintenance_windows', 'notifications', 'latency', 'boundary_check', 'review', 'audit'];
    const scalars = ['5s', '0', '-1', 'yes', '~', "''", '../x', '/etc', 'a.b', 'audit.migration_log', '[]', '{}', '{ dir: ../.. }', '{ dir: . }', '[a, b]', '!!js/function f', '&a x', '*a', '"\\x00"', '{ databases: [prod] }'];
    const config = fc
      .array(fc.tuple(fc.constantFrom(...keys), fc.oneof(fc.constantFrom(...scalars), fc.string({ maxLength: 6 }))), { maxLength: 4 })
      .map((pairs) => onePhaseConfig(pairs.map(([k, v]) => `${k}: ${v}\n`).join('')));
    await fc.assert(
      fc.asyncProperty(config, fc.constantFrom('plan', 'migrate', 'lint', 'boundary-check', 'backup'), async (yaml, command) => {
        writeFileSync(path.join(root, 'db/promotion.yml'), yaml);
        const run = await cli(root, [command, '--database-url', NOWHERE]);
        assert.ok([0, 1, 2].includes(run.code), `exit ${run.code}`);
        assert.doesNotMatch(run.stdout + run.stderr, /unexpected error/, yaml);
      }),
      { numRuns: 200 },
    );
  });
});
