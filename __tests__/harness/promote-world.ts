import { after, type TestContext } from 'node:test';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { cliJson, REPO_ROOT } from './cli.js';
import { startFakeGitHub, type FakeGitHub as RestFake } from './fake-github.js';
import { commitFolder, FakeGitHub, snapshotRepository } from './gha/github.js';
import { realPgBin, sampleDatabases, type SampleDatabases } from './postgres.js';
import { testServer, type TestServer } from './server.js';

/**
 * The world the workflow end-to-end tests run in: this repository (acme/pg-promote, the work
 * tree committed) and a consumer (acme/app, the sample db/ tree) calling our promote.yml and
 * rollback.yml pinned to our commit; one throwaway cluster holding staging (the migrated
 * sample) and one empty database per target; the environments as the environments file makes
 * them (sign-offs with required reviewers and prevent-self-review, targets protected by a
 * branch policy, preflight holding a read-only role's URL).
 */
export const OURS = 'acme/pg-promote';
export const APP = 'acme/app';
export const SIGNOFFS = ['signoff-engineering-lead', 'signoff-database-admin', 'signoff-security', 'signoff-product-owner'] as const;
export const BACKUP_KEY = 'a1'.repeat(32);
export const READONLY_PASSWORD = 'ro-secret-not-printed';

export interface Target {
  name: string;
  url: string;
  database: string;
}

export interface World {
  gh: FakeGitHub;
  api: RestFake;
  server: TestServer;
  sha: string;
  app: string;
  staging: string;
  targets: Target[];
  /** The four sign-offs by four different people, given `at` (default now). */
  signoffs(at?: Date): Record<string, { user: string; at?: Date }>;
  /** SQL against a target's database, as the superuser. */
  query(target: Target, sql: string, values?: unknown[]): Promise<any[]>;
}

/** The change the consumer promotes: [phase, file, UP, DOWN]. */
export const NEW_MIGRATIONS = [
  ['eng', '009_add_team_motto.sql', '-- A motto per team.\nALTER TABLE eng.teams ADD COLUMN motto text;\n', '-- Undo eng 009.\nALTER TABLE eng.teams DROP COLUMN motto;\n'],
  ['vh', '008_add_venture_tagline.sql', '-- A tagline per venture.\nALTER TABLE vh.ventures ADD COLUMN tagline text;\n', '-- Undo vh 008.\nALTER TABLE vh.ventures DROP COLUMN tagline;\n'],
] as const;

let shared: { server: TestServer; sample: SampleDatabases; ours: { dir: string; sha: string } } | undefined;

/** The cluster, the sample and our snapshot, for the whole file: call at the top level of a test file. */
export async function prepareWorlds(): Promise<void> {
  await once();
}

async function once() {
  if (shared) return shared;
  const server = await testServer();
  const sample = await sampleDatabases(server);
  const ours = snapshotRepository(REPO_ROOT);
  after(() => rmSync(ours.dir, { recursive: true, force: true }));
  await server.query(server.cluster ? server.cluster.url() : process.env.DATABASE_URL!, `DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'e2e_readonly') THEN
        CREATE ROLE e2e_readonly LOGIN PASSWORD '${READONLY_PASSWORD}';
      END IF;
    END $$; GRANT pg_read_all_data TO e2e_readonly`);
  shared = { server, sample, ours };
  return shared;
}

function withUser(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = password;
  return u.toString();
}

const databaseOf = (url: string): string => decodeURIComponent(new URL(url).pathname.slice(1));

/**
 * A world with the given targets. `consumerEdit` may change the consumer's tree (its
 * db/promotion.yml, its migrations) before it is committed.
 */
export async function promoteWorld(
  t: TestContext,
  targetNames: string[],
  options: { consumerEdit?: (dir: string) => void; rampFlag?: string } = {},
): Promise<World> {
  const { server, sample, ours } = await once();
  const api = await startFakeGitHub(t);
  const gh = new FakeGitHub({ api, runnerEnv: { PG_BIN: realPgBin() } });
  t.after(() => gh.dispose());
  const staging = await sample.fresh('staging');
  const targets: Target[] = [];
  for (const name of targetNames) {
    // Production runs the sample as shipped; the consumer's new migrations are on staging only.
    const url = await sample.fresh(`target_${name.replace(/[^a-z0-9]/gi, '_')}`);
    await server.query(url, 'GRANT CONNECT ON DATABASE ' + JSON.stringify(databaseOf(url)) + ' TO e2e_readonly');
    targets.push({ name, url, database: databaseOf(url) });
  }

  // The consumer: the sample db/ tree, production databases named, a caller of each workflow.
  const app = mkdtempSync(path.join(os.tmpdir(), 'e2e-app-'));
  t.after(() => rmSync(app, { recursive: true, force: true }));
  cpSync(path.join(REPO_ROOT, 'db'), path.join(app, 'db'), { recursive: true });
  const configFile = path.join(app, 'db/promotion.yml');
  const config = parseDocument(readFileSync(configFile, 'utf8'));
  config.setIn(['production', 'databases'], targets.map((x) => x.database));
  // The latency gate's runs shortened (the test times nothing), its threshold out of the way of a busy machine.
  config.setIn(['latency', 'runs'], 2);
  config.setIn(['latency', 'span'], '200ms');
  config.setIn(['latency', 'samples'], 2);
  config.setIn(['latency', 'warmup'], 0);
  config.setIn(['latency', 'max_increase'], 100000);
  config.setIn(['latency', 'plan_change'], 'warn');
  config.setIn(['latency', 'top_statements'], 0);
  writeFileSync(configFile, config.toString());
  // The change being promoted: one new version per phase, each with its DOWN file.
  for (const [phase, file, up, down] of NEW_MIGRATIONS) {
    writeFileSync(path.join(app, `db/migrations/${phase}/${file}`), up);
    writeFileSync(path.join(app, `db/migrations/DOWN/${phase}/${file}`), down);
  }
  options.consumerEdit?.(app);
  const staged = await cliJson(app, ['migrate', '--database-url', staging]);
  if (staged.code !== 0) throw new Error(`migrating staging failed: ${JSON.stringify(staged.result.error)}`);
  mkdirSync(path.join(app, '.github/workflows'), { recursive: true });
  writeFileSync(
    path.join(app, '.github/workflows/deploy.yml'),
    `name: deploy
on:
  workflow_dispatch:
    inputs:
      targets: { type: string, default: '["production"]' }
      canary: { type: string, default: '' }
      max-parallel: { type: number, default: 2 }
      signoff-max-age-hours: { type: number, default: 24 }
      ramp-flag: { type: string, default: '${options.rampFlag ?? ''}' }
permissions:
  contents: read
  actions: read
jobs:
  promote:
    uses: ${OURS}/.github/workflows/promote.yml@${ours.sha}
    permissions:
      contents: read
      actions: read
    with:
      targets: \${{ inputs.targets }}
      canary: \${{ inputs.canary }}
      max-parallel: \${{ inputs.max-parallel }}
      signoff-max-age-hours: \${{ inputs.signoff-max-age-hours }}
      ramp-flag: \${{ inputs.ramp-flag }}
      outside-window: e2e tests
    secrets: inherit
`,
  );
  writeFileSync(
    path.join(app, '.github/workflows/undo.yml'),
    `name: undo
on:
  workflow_dispatch:
    inputs:
      target: { type: string, required: true }
      mode: { type: string, required: true }
      promotion-run-id: { type: number, default: 0 }
      promotion-run-attempt: { type: number, default: 0 }
      phase: { type: string, default: '' }
      to-version: { type: string, default: '' }
      confirm: { type: string, default: '' }
      reason: { type: string, required: true }
permissions:
  contents: read
  actions: read
jobs:
  rollback:
    uses: ${OURS}/.github/workflows/rollback.yml@${ours.sha}
    permissions:
      contents: read
      actions: read
    with:
      target: \${{ inputs.target }}
      mode: \${{ inputs.mode }}
      promotion-run-id: \${{ inputs.promotion-run-id }}
      promotion-run-attempt: \${{ inputs.promotion-run-attempt }}
      phase: \${{ inputs.phase }}
      to-version: \${{ inputs.to-version }}
      confirm: \${{ inputs.confirm }}
      reason: \${{ inputs.reason }}
      outside-window: e2e tests
    secrets: inherit
`,
  );
  commitFolder(app, 'the consumer');

  // Target environments are protected by a branch policy (the environments file's branches: [main]).
  for (const target of targets) {
    for (const env of [target.name, `${target.name}-preflight`]) {
      api.addEnvironment(env, { policy: { protected_branches: false, custom_branch_policies: true }, patterns: [{ id: 1, name: 'main', type: 'branch' }] });
    }
  }
  const environments: Record<string, any> = {
    notifications: {},
    rollback: { reviewers: ['rita'], preventSelfReview: true },
  };
  const people = ['erin', 'dana', 'sam', 'pat'];
  SIGNOFFS.forEach((env, i) => (environments[env] = { reviewers: [people[i]!, 'mallory'], preventSelfReview: true }));
  for (const target of targets) {
    environments[target.name] = { secrets: { DATABASE_URL: target.url, BACKUP_KEY } };
    environments[`${target.name}-preflight`] = {
      secrets: { READONLY_DATABASE_URL: withUser(target.url, 'e2e_readonly', READONLY_PASSWORD), STAGING_DATABASE_URL: staging },
    };
  }
  gh.addRepo(OURS, ours.dir);
  gh.addRepo(APP, app, { environments });

  return {
    gh,
    api,
    server,
    sha: ours.sha,
    app,
    staging,
    targets,
    signoffs: (at) => Object.fromEntries(SIGNOFFS.map((env, i) => [env, at ? { user: people[i]!, at } : { user: people[i]! }])),
    async query(target, sql, values) {
      return (await server.query(target.url, sql, values)).rows;
    },
  };
}

/** The versions a database's history says are applied now: 'eng/009', … */
export async function applied(url: string): Promise<string[]> {
  const { server } = await once();
  const rows = (await server.query(url, `SELECT phase || '/' || version AS v FROM audit.migration_log
    WHERE kind = 'migration' AND success AND reverted_at IS NULL ORDER BY phase, version`)).rows;
  return rows.map((r) => r.v as string);
}

export async function columnExists(url: string, table: string, column: string): Promise<boolean> {
  const { server } = await once();
  const [schema, name] = table.split('.');
  const rows = (await server.query(url, 'SELECT 1 FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 AND column_name = $3', [schema, name, column])).rows;
  return rows.length === 1;
}

/** The failed jobs' logs' ends, for an assertion's message. */
export const failures = (run: { jobs: { key: string; result: string; log: string }[] }): string =>
  run.jobs.filter((j) => j.result === 'failure').map((j) => `--- ${j.key}\n${j.log.slice(-3000)}`).join('\n');

export const scratchDir = (prefix: string): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};
