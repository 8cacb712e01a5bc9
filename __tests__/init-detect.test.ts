import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { promotionConfigSchema } from '../src/config/schema.js';
import { detectLayouts } from '../src/init/detect.js';
import { renderPromotionConfig } from '../src/init/render-config.js';
import { cli, cliJson } from './harness/cli.js';
import { FIXTURE_FOLDERS, FIXTURES } from './harness/layout-fixtures.js';
import { makeTree } from './harness/tree.js';


interface RenderedPhase {
  name: string;
  schema: string;
  layout?: string;
  migrations: string;
  down?: string;
}

/**
 * The rendered text parsed back, and checked against today's config schema with `layout:` set
 * aside (the key arrives when the layouts are wired into the phases): everything else is valid.
 */
function renderedPhases(text: string): RenderedPhase[] {
  const config = parse(text) as { phases: RenderedPhase[] };
  const withoutLayout = { ...config, phases: config.phases.map(({ layout: _layout, ...rest }) => rest) };
  const checked = promotionConfigSchema.safeParse(withoutLayout);
  assert.ok(checked.success, `rendered config is valid: ${checked.success ? '' : checked.error.message}\n${text}`);
  return config.phases;
}

describe('init recognises each tool’s tree and writes a phase for it', () => {
  for (const [tool, folder] of Object.entries(FIXTURE_FOLDERS)) {
    it(tool, () => {
      const detection = detectLayouts(path.join(FIXTURES, tool));
      assert.deepEqual(detection.unrecognised, []);
      assert.deepEqual(
        detection.phases.map((p) => [p.layout, p.folder, p.schema]),
        [[tool, folder, 'app']],
      );
      assert.ok((detection.phases[0]?.migrations ?? 0) >= 16);
      const [phase] = renderedPhases(renderPromotionConfig(detection));
      assert.deepEqual({ layout: phase?.layout, migrations: phase?.migrations, schema: phase?.schema }, { layout: tool, migrations: folder, schema: 'app' });
    });
  }
});

describe('a repository with several trees, and things that fit none', () => {
  const root = makeTree({
    // pg-promote's own layout, DOWN files beside it
    'db/migrations/billing/001_create_billing.sql': 'CREATE SCHEMA billing;\nCREATE TABLE billing.invoices (id int);\n',
    'db/migrations/billing/002_add_total.sql': 'ALTER TABLE billing.invoices ADD COLUMN total int;\n',
    'db/migrations/DOWN/billing/002_add_total.sql': 'ALTER TABLE billing.invoices DROP COLUMN total;\n',
    // golang-migrate, with a stray file its reader cannot place
    'services/auth/migrations/000001_users.up.sql': 'CREATE TABLE auth.users (id int);\n',
    'services/auth/migrations/000001_users.down.sql': 'DROP TABLE auth.users;\n',
    'services/auth/migrations/cleanup.sql': 'DELETE FROM auth.users;\n',
    // dbmate: markers, and one empty file that has none
    'tools/db/migrations/20230101000000_init.sql': '-- migrate:up\nCREATE TABLE public.t (id int);\n-- migrate:down\nDROP TABLE public.t;\n',
    'tools/db/migrations/20230102000000_empty.sql': '',
    // sqitch under its own folder
    'warehouse/sqitch.plan': '%syntax-version=1.0.0\n%project=wh\n\nfacts 2023-01-01T00:00:00Z A <a@example.com> # Facts\n',
    'warehouse/deploy/facts.sql': 'BEGIN;\nCREATE TABLE wh.facts (id int);\nCOMMIT;\n',
    'warehouse/revert/facts.sql': 'BEGIN;\nDROP TABLE wh.facts;\nCOMMIT;\n',
    // a migrations folder of files no layout reads
    'legacy/migrations/schema.sql': 'CREATE TABLE x (id int);\n',
    // migrations as code, and a Liquibase changelog
    'web/db/migrate/20230101000000_create_users.rb': 'class CreateUsers < ActiveRecord::Migration[7.0]; end\n',
    'java/src/main/resources/db/changelog/db.changelog-master.yaml': 'databaseChangeLog: []\n',
    // dependencies are never looked into
    'node_modules/some-lib/migrations/001_lib.sql': 'CREATE TABLE lib (id int);\n',
    // a path YAML could misread
    'odd: dir/migrations/1_a.sql': '-- +goose Up\nCREATE TABLE public.a (id int);\n',
  });
  const detection = detectLayouts(root);

  it('finds every tree with its layout, DOWN folder and schema, and skips dependencies', () => {
    assert.deepEqual(
      detection.phases.map((p) => [p.layout, p.folder, p.downFolder, p.schema, p.migrations]).sort(),
      [
        ['dbmate', 'tools/db/migrations', undefined, 'public', 2],
        ['golang-migrate', 'services/auth/migrations', undefined, 'auth', 1],
        ['goose', 'odd: dir/migrations', undefined, 'public', 1],
        ['pg-promote', 'db/migrations/billing', 'db/migrations/DOWN/billing', 'billing', 2],
        ['sqitch', 'warehouse', undefined, 'wh', 1],
      ],
    );
  });

  it('says what it could not recognise, naming the file or folder', () => {
    assert.deepEqual(
      detection.unrecognised.map((u) => u.path).sort(),
      ['java/src/main/resources/db/changelog', 'legacy/migrations', 'services/auth/migrations/cleanup.sql', 'web/db/migrate'],
    );
    assert.match(detection.unrecognised.find((u) => u.path === 'web/db/migrate')?.why ?? '', /migrations written as code \(20230101000000_create_users\.rb\)/);
    assert.match(detection.unrecognised.find((u) => u.path.endsWith('changelog'))?.why ?? '', /Liquibase changelog/);
    assert.match(detection.unrecognised.find((u) => u.path === 'legacy/migrations')?.why ?? '', /fit no layout/);
  });

  it('renders one valid phase per tree, names unique, the unrecognised listed as comments', () => {
    const text = renderPromotionConfig(detection);
    const phases = renderedPhases(text);
    assert.equal(new Set(phases.map((p) => p.name)).size, phases.length);
    const billing = phases.find((p) => p.layout === 'pg-promote');
    assert.deepEqual(billing, { name: 'billing', schema: 'billing', layout: 'pg-promote', migrations: 'db/migrations/billing', down: 'db/migrations/DOWN/billing' });
    assert.equal(phases.find((p) => p.layout === 'goose')?.migrations, 'odd: dir/migrations');
    assert.match(text, /^# Not recognised .*\n#   legacy\/migrations: /m);
    assert.match(text, /^#   services\/auth\/migrations\/cleanup\.sql: name fits neither/m);
  });
});

it('a repository with no migrations folder still gets a config to fill in', () => {
  const detection = detectLayouts(makeTree({ 'README.md': '# nothing here\n' }));
  assert.deepEqual(detection, { phases: [], unrecognised: [] });
  const phases = renderedPhases(renderPromotionConfig(detection));
  assert.equal(phases.length, 1);
  assert.equal(phases[0]?.layout, undefined);
});

it('the schema guess folds names as PostgreSQL does: unquoted lower-cased, quoted kept', () => {
  const schemaOf = (sql: string) => detectLayouts(makeTree({ 'db/migrations/001_init.sql': sql })).phases[0]?.schema;
  assert.equal(schemaOf('CREATE SCHEMA IF NOT EXISTS Sales;\n'), 'sales');
  assert.equal(schemaOf('CREATE SCHEMA "Sales";\n'), 'Sales');
  assert.equal(schemaOf('CREATE SCHEMA AUTHORIZATION joe;\nCREATE TABLE crm.a (id int);\nCREATE TABLE crm.b (id int);\n'), 'crm');
  assert.equal(schemaOf('CREATE TABLE a (id int);\n'), undefined);
});

it("pg-promote's own sample tree is recognised with its DOWN folders, which are never phases of their own", () => {
  const detection = detectLayouts(path.join(import.meta.dirname, '..'));
  const sample = detection.phases.filter((p) => p.folder.startsWith('db/'));
  assert.deepEqual(
    sample.map((p) => [p.layout, p.folder, p.downFolder, p.schema]),
    [
      ['pg-promote', 'db/migrations/eng', 'db/migrations/DOWN/eng', 'eng'],
      ['pg-promote', 'db/migrations/vh', 'db/migrations/DOWN/vh', 'vh'],
    ],
  );
  assert.equal(detection.phases.filter((p) => p.folder.split('/').includes('DOWN')).length, 0);
});

describe('pg-promote init, the command', () => {
  it('--dry-run prints the config and writes nothing; init writes it, says what it could not recognise, and never overwrites it', async () => {
    const root = makeTree({
      'db/migrations/000001_a.up.sql': 'CREATE SCHEMA app;\n',
      'db/migrations/000001_a.down.sql': 'DROP SCHEMA app;\n',
      'web/db/migrate/20230101000000_create_users.rb': 'class CreateUsers; end\n',
    });
    const dry = await cli(root, ['init', '--dry-run']);
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /layout: golang-migrate/);
    assert.match(dry.stdout, /not recognised: web\/db\/migrate: /);
    assert.equal(existsSync(path.join(root, 'db/promotion.yml')), false);

    const run = await cliJson(root, ['init']);
    assert.equal(run.code, 0);
    assert.equal(run.result.init?.written, true);
    const written = readFileSync(path.join(root, 'db/promotion.yml'), 'utf8');
    assert.equal(written, run.result.init?.config);
    assert.ok(promotionConfigSchema.safeParse(parse(written)).success);

    writeFileSync(path.join(root, 'db/promotion.yml'), '# edited by hand\n' + written);
    const again = await cli(root, ['init']);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /^error: db\/promotion\.yml: already exists; pg-promote init does not overwrite a config/);
    assert.match(readFileSync(path.join(root, 'db/promotion.yml'), 'utf8'), /^# edited by hand/);
  });

  it('without a config every other command says to write one or run init (exit 2)', async () => {
    const run = await cli(makeTree({}), ['plan', '--database-url', 'postgres://u@127.0.0.1:1/x']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^error: db\/promotion\.yml: no config: write db\/promotion\.yml .*`pg-promote init`/);
  });
});
