import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { fallbackTargets } from '../src/boundary/fallback.js';
import { extractFragments } from '../src/boundary/fragments.js';
import { profileFor } from '../src/boundary/languages.js';
import { builderTargets } from '../src/boundary/query-builders.js';
import { classifySql } from '../src/boundary/sql-classify.js';
import { loadParser } from '../src/sql/parser.js';
import { cliJson } from './harness/cli.js';
import { withSampleConfig } from './harness/tree.js';

const found = (result: Awaited<ReturnType<typeof cliJson>>['result']) =>
  (result.boundary?.findings ?? []).map((f) => `${f.file}:${f.line} ${f.kind} ${f.object}`).sort();

describe('boundary-check: bad input never crashes', () => {
  test('binary, too large, not UTF-8, unreadable, symlink loops and links out of the root are skipped and counted', async () => {
    const root = withSampleConfig({
      'apps/vh/ok.js': "q('DELETE FROM eng.t')\n",
      'apps/vh/image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x44, 0x45]),
      'apps/vh/big.sql': Buffer.alloc(5 * 1024 * 1024, 0x20),
      'apps/vh/latin1.sql': Buffer.from('INSERT INTO eng.t VALUES (\'caf\xe9\');\n', 'latin1'),
      'outside/secret.sql': 'DELETE FROM eng.t;\n',
    });
    symlinkSync(path.join(root, 'apps'), path.join(root, 'apps/vh/loop'));
    symlinkSync(path.join(root, 'apps/vh/missing.sql'), path.join(root, 'apps/vh/dangling.sql'));
    symlinkSync('/etc', path.join(root, 'apps/vh/etc'));
    const { code, result } = await cliJson(root, ['boundary-check']);
    assert.equal(code, 1);
    assert.deepEqual(found(result), ['apps/vh/ok.js:1 DELETE eng.t']);
    assert.deepEqual(result.boundary!.skipped, {
      binary: 1,
      'too large': 1,
      'not UTF-8': 1,
      'symlink loop': 1,
      'symlink outside the root': 1,
      unreadable: 1,
    });
  });

  test('an import that leads into a symlink loop is not followed: the file is still checked, the loop counted', async () => {
    const root = withSampleConfig({ 'apps/vh/a.ts': "import { t } from './self/x';\nawait db.insert(t);\nawait pg.query('DELETE FROM eng.a');\n" });
    symlinkSync(path.join(root, 'apps/vh/self'), path.join(root, 'apps/vh/self'));
    const { code, result } = await cliJson(root, ['boundary-check']);
    assert.equal(code, 1);
    assert.deepEqual(found(result), ['apps/vh/a.ts:3 DELETE eng.a']);
    assert.deepEqual(result.boundary!.skipped, { 'symlink loop': 1 });
  });

  test('a schema.prisma or a TypeScript file that cannot be parsed is counted and named; the rest is checked', async () => {
    const root = withSampleConfig({
      'apps/vh/prisma/schema.prisma': 'model Task {\n  id Int @id\n  @@schema("eng")\n',
      'apps/vh/src/jobs.ts': "await prisma.task.deleteMany();\nawait pg.query('DELETE FROM eng.a');\n",
      'apps/vh/src/broken.ts': "export function f( {\n  await pg.query('DELETE FROM eng.b');\n  await db.insert(tasks);\n",
    });
    const { code, result } = await cliJson(root, ['boundary-check']);
    assert.equal(code, 1);
    assert.deepEqual(found(result), ['apps/vh/src/broken.ts:2 DELETE eng.b', 'apps/vh/src/jobs.ts:2 DELETE eng.a']);
    assert.deepEqual(result.boundary!.skipped, { unparseable: 2 });
    const warnings = result.warnings.join('\n');
    assert.match(warnings, /apps\/vh\/prisma\/schema\.prisma: could not be parsed: a \{ is never closed; its models were not checked/);
    assert.match(warnings, /apps\/vh\/src\/broken\.ts: could not be parsed: .*its query-builder and ORM calls were not checked, its SQL strings were/);
  });

  test("a tsconfig.json or a workspace package's package.json that is not JSON is named, and what it would map is not followed; the rest is checked", async () => {
    const root = withSampleConfig({
      'apps/vh/tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } },\n',
      'apps/vh/src/schema.ts': "export const tasks = pgSchema('eng').table('tasks', {});\n",
      'apps/vh/src/jobs.ts': "import { tasks } from '@/schema';\nimport { jobs } from '@acme/db';\nawait db.insert(tasks);\nawait db.insert(jobs);\nawait pg.query('DELETE FROM eng.a');\n",
      'package.json': '{ "workspaces": ["packages/*"] }\n',
      'packages/db/package.json': '{ "name": "@acme/db"\n',
      'packages/db/index.ts': "export const jobs = pgTable('eng_jobs', {});\n",
    });
    const { code, result } = await cliJson(root, ['boundary-check']);
    assert.equal(code, 1);
    assert.deepEqual(found(result), ['apps/vh/src/jobs.ts:5 DELETE eng.a']);
    assert.deepEqual(result.boundary!.skipped, { unparseable: 2 });
    const warnings = result.warnings.join('\n');
    assert.match(warnings, /apps\/vh\/tsconfig\.json: could not be parsed: it is not JSON \(comments and trailing commas allowed\); its path aliases were not followed/);
    assert.match(warnings, /packages\/db\/package\.json: could not be parsed: it is not JSON; the workspace packages it names were not followed/);
  });

  test("pnpm-workspace.yaml is read as pg-promote reads YAML: its packages are followed, other keys ignored; a broken one is named with its line", async () => {
    const tree = (workspace: string) =>
      withSampleConfig({
        'pnpm-workspace.yaml': workspace,
        'packages/db/package.json': '{ "name": "@acme/db", "exports": { ".": "./src/index.ts" } }\n',
        'packages/db/src/index.ts': "export const jobs = pgTable('eng_jobs', {});\n",
        'apps/vh/src/jobs.ts': "import { jobs } from '@acme/db';\nawait db.insert(jobs);\n",
      });
    const good = await cliJson(tree("packages:\n  - 'packages/*'\ncatalog:\n  react: ^19.0.0\n"), ['boundary-check']);
    assert.deepEqual(found(good.result), ['apps/vh/src/jobs.ts:2 INSERT eng_jobs']);
    const bad = await cliJson(tree('packages:\n  - !!js/function "packages/*"\n'), ['boundary-check']);
    assert.equal(bad.code, 0);
    assert.deepEqual(bad.result.boundary!.skipped, { unparseable: 1 });
    assert.match(bad.result.warnings.join('\n'), /pnpm-workspace\.yaml: could not be parsed: YAML tag '!!js\/function' is not supported .*\(line 2\); its packages were not followed/);
  });

  test('a tsconfig.json that extends a file outside the repository: that file is not read, nor its aliases followed', async () => {
    const root = withSampleConfig({
      'apps/vh/src/schema.ts': "export const tasks = pgSchema('eng').table('tasks', {});\n",
      'apps/vh/src/jobs.ts': "import { tasks } from '@/schema';\nawait db.insert(tasks);\n",
    });
    const outside = `${path.basename(root)}-base.json`;
    writeFileSync(path.join(root, '..', outside), JSON.stringify({ compilerOptions: { paths: { '@/*': [`./${path.basename(root)}/apps/vh/src/*`] } } }));
    writeFileSync(path.join(root, 'apps/vh/tsconfig.json'), JSON.stringify({ extends: `../../../${outside}` }));
    try {
      const { code, result } = await cliJson(root, ['boundary-check']);
      assert.equal(code, 0);
      assert.deepEqual(found(result), []);
    } finally {
      rmSync(path.join(root, '..', outside));
    }
  });

  test('a FIFO, or a link to one, is skipped without being opened: the check ends', async () => {
    const root = withSampleConfig({ 'apps/vh/ok.js': "q('DELETE FROM eng.t')\n" });
    const fifo = path.join(root, 'apps/vh/pipe.sql');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
    symlinkSync(fifo, path.join(root, 'apps/vh/pipe-link.sql'));
    const { code, result } = await cliJson(root, ['boundary-check']);
    assert.equal(code, 1);
    assert.deepEqual(found(result), ['apps/vh/ok.js:1 DELETE eng.t']);
    assert.deepEqual(result.boundary!.skipped, { 'not a regular file': 2 });
  });

  test('the size limit is exact: a file of 4 MiB is scanned to its last byte, one byte more is too large', async () => {
    const limit = 4 * 1024 * 1024;
    const write = 'DELETE FROM eng.t;\n';
    const root = withSampleConfig({
      'apps/vh/at-limit.sql': Buffer.concat([Buffer.alloc(limit - write.length, 0x20), Buffer.from(write)]),
      'apps/vh/over-limit.sql': Buffer.concat([Buffer.alloc(limit + 1 - write.length, 0x20), Buffer.from(write)]),
    });
    const { code, result } = await cliJson(root, ['boundary-check']);
    assert.equal(code, 1);
    assert.deepEqual(found(result), ['apps/vh/at-limit.sql:1 DELETE eng.t']);
    assert.deepEqual(result.boundary!.skipped, { 'too large': 1 });
    assert.equal(result.boundary!.bytesScanned, limit);
  });

  test('random text in any language, in files named like anything (constructor, __proto__), never crashes the lexer, the fallback or the classifier', async () => {
    await loadParser();
    const pieces = fc.constantFrom('INSERT', ' INTO ', 'eng', '.', '"', "'", '`', '${', '}', '/*', '*/', '--', '#', '\n', '\\', '$$', 'UPDATE ', 'SET ', '(', ')', ';', 'from(', '.insert(', 'r"', '"""', '<<~SQL\n', 'SQL\n', 'é', '\u0000');
    const text = fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(''));
    const ext = fc.constantFrom('a.js', 'a.py', 'a.rb', 'a.go', 'a.sql', 'a.php', 'a.sh', 'a.yml', 'a.java', 'a.rs', 'a.lua', 'a.unknown', 'constructor', 'toString', '__proto__');
    fc.assert(
      fc.property(text, ext, (src, file) => {
        const { fragments, tokens } = extractFragments(src, profileFor(file));
        for (const f of fragments) {
          for (const t of classifySql(f.text, f.open)) assert.ok(t.start >= 0 && t.start <= f.text.length, `target inside its text: ${JSON.stringify(t)}`);
          fallbackTargets(f.text, f.open);
        }
        builderTargets(tokens);
      }),
      { numRuns: 400 },
    );
  });
});
