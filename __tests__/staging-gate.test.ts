import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cli, cliJson } from './harness/cli.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig, writeTree } from './harness/tree.js';

const server = await testServer();

const FILES = {
  'db/promotion.yml': `${onePhaseConfig()}    views: [db/views/app_views.sql]\n`,
  'db/migrations/app/001_schema.sql': 'CREATE SCHEMA app;\nCREATE TABLE app.t (id int);\n',
  'db/migrations/app/002_rows.sql': 'INSERT INTO app.t VALUES (1), (2);\n',
  'db/views/app_views.sql': 'CREATE OR REPLACE VIEW app.v AS SELECT id FROM app.t;\n',
};

async function stagingAndProduction() {
  return { staging: await server.createDatabase('staging'), production: await server.createDatabase('prod') };
}

describe('staging gate (--staging-url)', () => {
  test('plan and migrate go ahead when staging applied every pending file with the same checksum', async () => {
    const { staging, production } = await stagingAndProduction();
    const root = makeTree(FILES);
    assert.equal((await cli(root, ['migrate', '--database-url', staging])).code, 0);
    const plan = await cliJson(root, ['plan', '--database-url', production, '--staging-url', staging]);
    assert.equal(plan.code, 0, JSON.stringify(plan.result.error));
    const gate = plan.result.checks!.find((c) => c.id === 'staging.gate')!;
    assert.equal(gate.status, 'pass');
    assert.match(gate.summary, /^staging \(postgres@127\.0\.0\.1:\d+\/staging_\d+_\d+\) applied all 3 files this run would apply, with the same checksums$/);
    const migrate = await cliJson(root, ['migrate', '--database-url', production, '--staging-url', staging]);
    assert.equal(migrate.code, 0);
    assert.equal(migrate.result.counts!.applied, 3);
  });

  test('STAGING_DATABASE_URL gives plan and migrate the gate without a password on the command line; other commands ignore it', async () => {
    const { staging, production } = await stagingAndProduction();
    const root = makeTree(FILES);
    writeTree(root, { 'db/migrations/app/003_more.sql': 'INSERT INTO app.t VALUES (3);\n' });
    const plan = await cliJson(root, ['plan', '--database-url', production], { STAGING_DATABASE_URL: staging });
    assert.equal(plan.code, 1, 'staging never applied anything: the gate, read from the variable, refuses');
    assert.equal(plan.result.checks!.find((c) => c.id === 'staging.gate')!.status, 'fail');
    const status = await cliJson(root, ['status', '--database-url', production], { STAGING_DATABASE_URL: staging });
    assert.equal(status.code, 0);
  });

  test('a file staging never applied is refused by name, and migrate applies nothing', async () => {
    const { staging, production } = await stagingAndProduction();
    const root = makeTree(FILES);
    assert.equal((await cli(root, ['migrate', '--database-url', staging])).code, 0);
    writeTree(root, { 'db/migrations/app/003_more.sql': 'INSERT INTO app.t VALUES (3);\n' });

    const plan = await cliJson(root, ['plan', '--database-url', production, '--staging-url', staging]);
    assert.equal(plan.code, 1);
    assert.equal(plan.result.error!.kind, 'check');
    assert.equal(plan.result.error!.file, 'db/migrations/app/003_more.sql');
    assert.deepEqual(plan.result.checks!.find((c) => c.id === 'staging.gate')!.findings, [
      { object: 'db/migrations/app/003_more.sql', reason: 'version 3 was never applied on staging' },
    ]);

    const migrate = await cli(root, ['migrate', '--database-url', production, '--staging-url', staging]);
    assert.equal(migrate.code, 1);
    assert.match(migrate.stderr, /^error: db\/migrations\/app\/003_more\.sql: staging gate: version 3 was never applied on staging\. Nothing was applied\.$/m);
    assert.match(migrate.stdout, /^✗ staging\.gate +1 file of 4 this run would apply is not applied on staging/m);
    const applied = await server.query(production, 'SELECT count(*)::int AS n FROM audit.migration_log');
    assert.equal(applied.rows[0].n, 0);
  });

  test('a file staging holds with another checksum is refused, with both checksums', async () => {
    const { staging, production } = await stagingAndProduction();
    const root = makeTree(FILES);
    assert.equal((await cli(root, ['migrate', '--database-url', staging])).code, 0);
    writeTree(root, {
      'db/migrations/app/002_rows.sql': 'INSERT INTO app.t VALUES (1), (2), (20);\n',
      'db/views/app_views.sql': 'CREATE OR REPLACE VIEW app.v AS SELECT id, id * 2 AS twice FROM app.t;\n',
    });
    const plan = await cliJson(root, ['plan', '--database-url', production, '--staging-url', staging]);
    assert.equal(plan.code, 1);
    const findings = plan.result.checks!.find((c) => c.id === 'staging.gate')!.findings;
    assert.deepEqual(findings.map((f) => f.object), ['db/migrations/app/002_rows.sql', 'db/views/app_views.sql']);
    assert.match(findings[0]!.reason, /^staging applied version 2 with checksum [0-9a-f]{12}…, this file is [0-9a-f]{12}…$/);
    assert.match(findings[1]!.reason, /^staging last applied this view file with checksum [0-9a-f]{12}…, this file is [0-9a-f]{12}…$/);
    assert.match(plan.result.error!.message, /\(and 1 more: db\/views\/app_views\.sql\)/);
  });

  test('a version staging applied and then reverted, or that failed there, is refused with that reason', async () => {
    const { staging, production } = await stagingAndProduction();
    const root = makeTree({ ...FILES, 'db/migrations/DOWN/app/002_rows.sql': 'DELETE FROM app.t;\n' });
    assert.equal((await cli(root, ['migrate', '--database-url', staging])).code, 0);
    assert.equal((await cli(root, ['down', '--phase', 'app', '--to', '1', '--database-url', staging])).code, 0);
    const gate = async () => {
      const plan = await cliJson(root, ['plan', '--database-url', production, '--staging-url', staging]);
      assert.equal(plan.code, 1);
      return Object.fromEntries(plan.result.checks!.find((c) => c.id === 'staging.gate')!.findings.map((f) => [f.object, f.reason]));
    };
    assert.deepEqual(await gate(), { 'db/migrations/app/002_rows.sql': 'version 2 was applied on staging and then reverted by a DOWN' });

    writeTree(root, { 'db/migrations/app/003_bad.sql': "INSERT INTO app.t VALUES ('x');\n" });
    assert.equal((await cli(root, ['migrate', '--database-url', staging])).code, 1);
    assert.deepEqual(await gate(), { 'db/migrations/app/003_bad.sql': 'version 3 failed on staging (its last attempt there)' });
  });

  test('a staging database pg-promote never touched refuses everything; an unreachable one is exit 2 naming staging', async () => {
    const { staging, production } = await stagingAndProduction();
    const root = makeTree(FILES);
    const plan = await cliJson(root, ['plan', '--database-url', production, '--staging-url', staging]);
    assert.equal(plan.code, 1);
    assert.equal(plan.result.checks!.find((c) => c.id === 'staging.gate')!.findings.length, 3);

    const gone = new URL(staging);
    gone.pathname = '/no_such_staging';
    const unreachable = await cli(root, ['plan', '--database-url', production, '--staging-url', gone.toString()]);
    assert.equal(unreachable.code, 2);
    assert.match(unreachable.stderr, /staging database: cannot connect to postgres@127\.0\.0\.1:\d+\/no_such_staging: database 'no_such_staging' does not exist/);
    assert.doesNotMatch(unreachable.stderr + unreachable.stdout, new RegExp(server.password));
  });
});
