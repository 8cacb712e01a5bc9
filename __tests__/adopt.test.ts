import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';
import { resolveBinary } from 'dbmate';
import pg from 'pg';
import { baselineDriftError, baselineFiles, planBaseline, type BaselineFile, type BaselinePlan } from '../src/adopt/baseline-plan.js';
import { readForeignHistory } from '../src/adopt/detect.js';
import { crc32, flywayChecksum, prismaChecksums } from '../src/adopt/foreign-checksums.js';
import { parseFrom, type Tool } from '../src/adopt/foreign-history.js';
import { recordBaseline } from '../src/adopt/record-baseline.js';
import { refuseUnknownDatabase } from '../src/adopt/unknown-database.js';
import { createEventsSql } from '../src/audit/events.js';
import { parseDatabaseUrl } from '../src/db/connection-url.js';
import { openSession } from '../src/db/session.js';
import { PromoteError } from '../src/errors/promote-error.js';
import { exitCodeFor } from '../src/errors/exit-codes.js';
import { loadConfig } from '../src/config/load.js';
import { checksumOf } from '../src/migrate/checksum.js';
import { discoverPhase } from '../src/migrate/source.js';
import { historyState, readHistory, type HistoryTable } from '../src/migrate/history.js';
import { HistoryStore } from '../src/migrate/history-store.js';
import { cli, cliJson, REPO_ROOT } from './harness/cli.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

const server = await testServer();
const run = promisify(execFile);
const HISTORY: HistoryTable = { schema: 'audit', table: 'migration_log' };

/** The run's own kind of connection (pipelined, as migrate and baseline open it). */
async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const session = await openSession(parseDatabaseUrl(url), 'pg-promote-test');
  try {
    return await work(session.client);
  } finally {
    await session.close();
  }
}

/** A phase's files as baseline sees them: `[version, file name, text]`, in apply order. */
const filesOf = (list: Array<[string, string, string]>): BaselineFile[] =>
  list.map(([version, file, content]) => ({ version, file: `db/migrations/app/${file}`, checksum: checksumOf(content), content }));

const numbered = (count: number, body = (i: number) => `CREATE TABLE app.t${i} (id int);\n`): BaselineFile[] =>
  filesOf(Array.from({ length: count }, (_, i) => [String(i + 1), `${String(i + 1).padStart(4, '0')}_t${i + 1}.sql`, body(i + 1)]));

/** baseline --from: read the tool's history, plan, and record unless the plan found drift; what the history then holds. */
async function adopt(url: string, files: readonly BaselineFile[], from: Tool | 'auto', project?: string, table?: string) {
  return withClient(url, async (client) => {
    const history = await readForeignHistory(client, from, { schema: 'app', project, ...(table === undefined ? {} : { table }) });
    const applied = historyState(await readHistory(client, HISTORY)).applied.get('app') ?? new Map();
    const plan = planBaseline('app', files, { history }, new Set(applied.keys()));
    if (plan.drift.length === 0) await recordBaseline({ client }, { phase: 'app', history: HISTORY, actor: 'tester', source: plan.source }, plan.mark);
    const rows = await readHistory(client, HISTORY);
    return { plan, history, recorded: rows.map((r) => [r.version, r.file_name, r.checksum, r.applied_by]) };
  });
}

/** The error a refused adoption throws, and proof that nothing was recorded. */
async function refused(url: string, files: readonly BaselineFile[], from: Tool | 'auto', table?: string): Promise<PromoteError> {
  const error = await adopt(url, files, from, undefined, table).then(
    () => assert.fail('adoption went ahead'),
    (err: unknown) => err,
  );
  assert.ok(error instanceof PromoteError, String(error));
  assert.deepEqual(await withClient(url, (c) => readHistory(c, HISTORY)), [], 'nothing recorded');
  return error;
}

const marked = (plan: BaselinePlan) => plan.mark.map((r) => r.version);

async function database(setup: string): Promise<string> {
  const url = await server.createDatabase('adopt');
  await server.query(url, `CREATE SCHEMA app; ${setup}`);
  return url;
}

// The tables as each tool's documentation defines them (PostgreSQL dialect).
const FLYWAY_TABLE = `CREATE TABLE public.flyway_schema_history (
  installed_rank integer NOT NULL PRIMARY KEY, version varchar(50), description varchar(200) NOT NULL,
  type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum integer, installed_by varchar(100) NOT NULL,
  installed_on timestamp NOT NULL DEFAULT now(), execution_time integer NOT NULL, success boolean NOT NULL);`;
const flywayRow = (rank: number, version: string | null, type: string, script: string, checksum: number | null, success = true) =>
  `INSERT INTO public.flyway_schema_history VALUES (${rank}, ${version === null ? 'NULL' : `'${version}'`}, 'd', '${type}', '${script}', ${checksum ?? 'NULL'}, 'flyway', now(), 5, ${success});`;

const PRISMA_TABLE = `CREATE TABLE public._prisma_migrations (
  id varchar(36) PRIMARY KEY NOT NULL, checksum varchar(64) NOT NULL, finished_at timestamptz, migration_name varchar(255) NOT NULL,
  logs text, rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(), applied_steps_count integer NOT NULL DEFAULT 0);`;
let prismaId = 0;
const prismaRow = (name: string, checksum: string, state: 'finished' | 'failed' | 'rolled-back', at: number) =>
  `INSERT INTO public._prisma_migrations (id, checksum, finished_at, migration_name, rolled_back_at, started_at, applied_steps_count)
   VALUES ('${++prismaId}', '${checksum}', ${state === 'finished' ? 'now()' : 'NULL'}, '${name}', ${state === 'rolled-back' ? 'now()' : 'NULL'}, now() + interval '${at} s', 1);`;

const SQITCH_TABLES = `CREATE SCHEMA sqitch;
CREATE TABLE sqitch.changes (change_id text PRIMARY KEY, script_hash text, change text NOT NULL, project text NOT NULL, note text NOT NULL DEFAULT '',
  committed_at timestamptz NOT NULL DEFAULT clock_timestamp(), committer_name text NOT NULL, committer_email text NOT NULL,
  planned_at timestamptz NOT NULL, planner_name text NOT NULL, planner_email text NOT NULL);
CREATE TABLE sqitch.events (event text NOT NULL CHECK (event IN ('deploy', 'revert', 'fail', 'merge')), change_id text NOT NULL, change text NOT NULL,
  project text NOT NULL, note text NOT NULL DEFAULT '', requires text[] NOT NULL DEFAULT '{}', conflicts text[] NOT NULL DEFAULT '{}', tags text[] NOT NULL DEFAULT '{}',
  committed_at timestamptz NOT NULL DEFAULT clock_timestamp(), committer_name text NOT NULL, committer_email text NOT NULL,
  planned_at timestamptz NOT NULL, planner_name text NOT NULL, planner_email text NOT NULL, PRIMARY KEY (change_id, committed_at));`;
const sqitchEvent = (event: string, change: string, project = 'app', at = 0, scriptHash = `md5('${project}${change}')`) =>
  `INSERT INTO sqitch.events (event, change_id, change, project, committed_at, committer_name, committer_email, planned_at, planner_name, planner_email)
   VALUES ('${event}', md5('${project}${change}'), '${change}', '${project}', now() + interval '${at} s', 'a', 'a@example.com', now(), 'a', 'a@example.com');` +
  (event === 'deploy'
    ? `INSERT INTO sqitch.changes (change_id, script_hash, change, project, committed_at, committer_name, committer_email, planned_at, planner_name, planner_email)
       VALUES (md5('${project}${change}'), ${scriptHash}, '${change}', '${project}', now() + interval '${at} s', 'a', 'a@example.com', now(), 'a', 'a@example.com');`
    : '');

describe('adopting a database another tool migrated', () => {
  test('dbmate (the real one) applied 1, 2 and 4: baseline marks exactly those, 3 stays pending as a gap, and the database is then one pg-promote knows', async () => {
    const url = await database('');
    const dbmateFile = (table: string) => `-- migrate:up\nCREATE TABLE app.${table} (id int);\n\n-- migrate:down\nDROP TABLE app.${table};\n`;
    const all: Array<[string, string, string]> = [
      ['20240101000001', '20240101000001_users.sql', dbmateFile('users')],
      ['20240101000002', '20240101000002_teams.sql', dbmateFile('teams')],
      ['20240101000003', '20240101000003_late.sql', dbmateFile('late')],
      ['20240101000004', '20240101000004_posts.sql', dbmateFile('posts')],
      ['20240101000005', '20240101000005_new.sql', dbmateFile('fresh')],
    ];
    const root = makeTree(Object.fromEntries(all.filter(([v]) => !/[35]$/.test(v)).map(([, name, text]) => [`db/migrations/${name}`, text])));
    await run(resolveBinary(), ['--migrations-dir', path.join(root, 'db/migrations'), '--no-dump-schema', 'up'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: os.tmpdir(), DATABASE_URL: `${url}?sslmode=disable` },
    });
    for (const [, name, text] of all) writeFileSync(path.join(root, 'db/migrations', name), text);

    const files = filesOf(all);
    await withClient(url, async (client) => {
      await assert.rejects(refuseUnknownDatabase(client, { phase: 'app', schema: 'app', history: HISTORY, historyRows: 0 }), (err: PromoteError) => {
        assert.equal(err.kind, 'config');
        assert.match(err.message, /^this database has a dbmate history \(public\.schema_migrations\) and pg-promote's history audit\.migration_log is empty: .*`pg-promote baseline --phase app --from dbmate`/);
        return true;
      });
    });
    const { plan, history, recorded } = await adopt(url, files, 'auto');
    assert.equal(history.tool, 'dbmate');
    assert.deepEqual(marked(plan), ['20240101000001', '20240101000002', '20240101000004']);
    assert.deepEqual(plan.pending, ['20240101000003', '20240101000005']);
    assert.deepEqual(plan.gaps, ['20240101000003']);
    assert.deepEqual(recorded, plan.mark.map((m) => [m.version, m.file, m.checksum, 'tester (baseline from dbmate (public.schema_migrations))']));
    await withClient(url, (client) => refuseUnknownDatabase(client, { phase: 'app', schema: 'app', history: HISTORY, historyRows: recorded.length }));

    // A second baseline finds them recorded and records nothing twice.
    const again = await adopt(url, files, 'dbmate');
    assert.deepEqual(again.plan.mark, []);
    assert.deepEqual(again.plan.alreadyRecorded, ['20240101000001', '20240101000002', '20240101000004']);
    assert.equal(again.recorded.length, 3);
    // A run that recorded one of them between another's plan and its insert: refused, nothing added.
    await withClient(url, async (client) => {
      await assert.rejects(recordBaseline({ client }, { phase: 'app', history: HISTORY, actor: 'tester', source: 'dbmate' }, plan.mark), (err: PromoteError) =>
        err.kind === 'drift' && /already records one of these versions of phase 'app' as applied; nothing was recorded/.test(err.message));
      assert.equal((await readHistory(client, HISTORY)).length, 3);
    });
  });

  test('node-pg-migrate (the real one) applied its first three files: baseline marks those three by their names\' versions', async () => {
    const url = await database('');
    const npmFile = (table: string) => `-- Up Migration\nCREATE TABLE app.${table} (id int);\n-- Down Migration\nDROP TABLE app.${table};\n`;
    const all: Array<[string, string, string]> = [1, 2, 3, 4].map((i) => [String(i), `000${i}_t${i}.sql`, npmFile(`t${i}`)]);
    const root = makeTree(Object.fromEntries(all.slice(0, 3).map(([, name, text]) => [`migrations/${name}`, text])));
    await run(process.execPath, [path.join(REPO_ROOT, 'node_modules/node-pg-migrate/bin/node-pg-migrate.js'), 'up', '--migrations-dir', path.join(root, 'migrations'), '--no-single-transaction'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: os.tmpdir(), DATABASE_URL: url },
    });
    const { plan, history, recorded } = await adopt(url, filesOf(all), 'auto');
    assert.equal(history.tool, 'node-pg-migrate');
    assert.deepEqual(history.entries.map((e) => e.name), ['0001_t1', '0002_t2', '0003_t3']);
    assert.deepEqual(marked(plan), ['1', '2', '3']);
    assert.deepEqual(plan.pending, ['4']);
    assert.deepEqual(plan.gaps, []);
    assert.deepEqual(recorded.map(([v]) => v), ['1', '2', '3']);
  });

  describe('Flyway', () => {
    const files = filesOf([
      ['1', 'V1__users.sql', 'CREATE TABLE app.users (id int);\n'],
      ['1.1', 'V1_1__teams.sql', 'CREATE TABLE app.teams (id int);\r\n-- Windows line endings\r\n'],
      ['2', 'V2__posts.sql', 'CREATE TABLE app.posts (id int);\n'],
      ['3', 'V3__later.sql', 'CREATE TABLE app.later (id int);\n'],
    ]);
    const sum = (i: number) => flywayChecksum(files[i]!.content);

    test('its CRC32 is java.util.zip.CRC32\'s over the lines without their endings, stored signed', () => {
      assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
      assert.equal(flywayChecksum('123\r\n456\n789'), 0xcbf43926 | 0);
      assert.equal(flywayChecksum('\uFEFF123\r456\r\n789\n'), flywayChecksum('123456789'));
      assert.ok(flywayChecksum('123456789') < 0, 'above 2^31 it is stored as a negative integer, as Java casts it');
    });

    test('applied, repeatable and undone rows: the applied versions are marked with today\'s checksum, the undone one stays pending', async () => {
      const url = await database(FLYWAY_TABLE + [
        flywayRow(0, '0', 'SCHEMA', '"app"', null),
        flywayRow(1, '1', 'SQL', 'V1__users.sql', sum(0)),
        flywayRow(2, '1.1', 'SQL', 'V1_1__teams.sql', sum(1)),
        flywayRow(3, null, 'SQL', 'R__views.sql', 12345),
        flywayRow(4, '2', 'SQL', 'V2__posts.sql', sum(2)),
        flywayRow(5, '2', 'UNDO_SQL', 'U2__posts.sql', 999),
      ].join('\n'));
      const { plan, recorded } = await adopt(url, files, 'flyway');
      assert.deepEqual(marked(plan), ['1', '1.1']);
      assert.deepEqual(plan.pending, ['2', '3']);
      assert.deepEqual(recorded.map(([v, , c]) => [v, c]), [['1', files[0]!.checksum], ['1.1', files[1]!.checksum]]);
    });

    test('a baseline row marks every version up to it, though it has no file of its own', async () => {
      const url = await database(FLYWAY_TABLE + flywayRow(1, '1.5', 'BASELINE', '<< Flyway Baseline >>', null) + flywayRow(2, '2', 'SQL', 'V2__posts.sql', sum(2)));
      const { plan } = await adopt(url, files, 'auto');
      assert.deepEqual(marked(plan), ['1', '1.1', '2']);
      assert.deepEqual(plan.pending, ['3']);
    });

    test('a failed row is refused (exit 2), naming the table and the version; nothing is recorded', async () => {
      const url = await database(FLYWAY_TABLE + flywayRow(1, '1', 'SQL', 'V1__users.sql', sum(0)) + flywayRow(2, '1.1', 'SQL', 'V1_1__teams.sql', sum(1), false));
      const error = await refused(url, files, 'flyway');
      assert.equal(exitCodeFor(error.kind), 2);
      assert.equal(error.message, "public.flyway_schema_history says migration V1_1__teams.sql is failed; pg-promote takes over only a finished history: fix the database, then `flyway repair`, then run baseline again");
      assert.deepEqual([error.context.object, error.context.version], ['public.flyway_schema_history', '1.1']);
    });

    test('a file changed since Flyway applied it is drift (exit 1), naming the file and both checksums; nothing is recorded', async () => {
      const url = await database(FLYWAY_TABLE + flywayRow(1, '1', 'SQL', 'V1__users.sql', sum(0)) + flywayRow(2, '1.1', 'SQL', 'V1_1__teams.sql', sum(1) + 1));
      const { plan, recorded } = await adopt(url, files, 'flyway');
      assert.deepEqual(plan.drift, [{ version: '1.1', file: 'db/migrations/app/V1_1__teams.sql', recorded: String(sum(1) + 1), computed: String(sum(1)) }]);
      assert.deepEqual(recorded, []);
      const error = baselineDriftError(plan)!;
      assert.equal(exitCodeFor(error.kind), 1);
      assert.equal(error.context.file, 'db/migrations/app/V1_1__teams.sql');
      assert.match(error.message, new RegExp(`flyway recorded checksum ${sum(1) + 1}, the file now has ${sum(1)}; nothing was recorded$`));
    });

    test('a version in the history that no file has is refused, naming it', async () => {
      const url = await database(FLYWAY_TABLE + flywayRow(1, '1', 'SQL', 'V1__users.sql', sum(0)) + flywayRow(2, '7', 'SQL', 'V7__gone.sql', 1));
      const error = await refused(url, files, 'flyway');
      assert.equal(error.kind, 'config');
      assert.match(error.message, /^public\.flyway_schema_history records a migration that no file of phase 'app' has: V7__gone\.sql; /);
    });

    test('a 1,000-entry history is read in one query and planned: every version marked', async () => {
      const many = numbered(1000);
      const url = await database(FLYWAY_TABLE);
      await server.query(
        url,
        `INSERT INTO public.flyway_schema_history SELECT i, i::text, 'd', 'SQL', 'V' || i || '__t.sql', c, 'flyway', now(), 1, true
         FROM unnest($1::int[]) WITH ORDINALITY AS s(c, i)`,
        [many.map((f) => flywayChecksum(f.content))],
      );
      const { plan, recorded } = await adopt(url, many, 'auto');
      assert.equal(plan.mark.length, 1000);
      assert.deepEqual(plan.drift, []);
      assert.equal(recorded.length, 1000);
    });
  });

  describe('Flyway before 5, and a history table named in the tool\'s configuration', () => {
    const files = filesOf([
      ['1', 'V1__users.sql', 'CREATE TABLE app.users (id int);\r\n-- Windows line endings\r\n'],
      ['2', 'V2__posts.sql', 'CREATE TABLE app.posts (id int);\n'],
      ['3', 'V3__later.sql', 'CREATE TABLE app.later (id int);\n'],
    ]);
    const lineWise = (i: number) => flywayChecksum(files[i]!.content);
    const wholeText = (i: number) => crc32(Buffer.from(files[i]!.content, 'utf8')) | 0;
    const renamed = (to: string) => FLYWAY_TABLE.replace('public.flyway_schema_history', to);
    const rowIn = (to: string, ...args: Parameters<typeof flywayRow>) => flywayRow(...args).replace('public.flyway_schema_history', to);

    test('Flyway 4\'s schema_version (its default name then, the same columns) is found by --from auto and read as flyway_schema_history is', async () => {
      const url = await database(renamed('public.schema_version') + rowIn('public.schema_version', 1, '1', 'SQL', 'V1__users.sql', lineWise(0)) + rowIn('public.schema_version', 2, '2', 'SQL', 'V2__posts.sql', lineWise(1) + 1));
      const { plan, history } = await adopt(url, files, 'auto');
      assert.equal(history.table, 'public.schema_version');
      assert.deepEqual(marked(plan), ['1']);
      assert.deepEqual(plan.drift.map((d) => [d.version, d.recorded, d.computed]), [['2', String(lineWise(1) + 1), String(lineWise(1))]]);
    });

    test('Flyway 3\'s schema_version (version_rank, INIT for a baseline, a checksum over the whole text, line endings included): read, its checksums compared its way', async () => {
      const v3 = `CREATE TABLE public.schema_version (version_rank integer NOT NULL, installed_rank integer NOT NULL, version varchar(50) NOT NULL PRIMARY KEY,
        description varchar(200) NOT NULL, type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum integer, installed_by varchar(100) NOT NULL,
        installed_on timestamp NOT NULL DEFAULT now(), execution_time integer NOT NULL, success boolean NOT NULL);`;
      const row = (rank: number, version: string, type: string, script: string, checksum: number | null) =>
        `INSERT INTO public.schema_version VALUES (${rank}, ${rank}, '${version}', 'd', '${type}', '${script}', ${checksum ?? 'NULL'}, 'flyway', now(), 5, true);`;
      assert.notEqual(wholeText(0), lineWise(0), 'the CRLF file tells the two ways apart');
      const url = await database(v3 + row(1, '0', 'INIT', '<< Flyway Init >>', null) + row(2, '1', 'SQL', 'V1__users.sql', wholeText(0)) + row(3, '2', 'SQL', 'V2__posts.sql', wholeText(1)));
      const { plan } = await adopt(url, files, 'flyway');
      assert.deepEqual([marked(plan), plan.drift], [['1', '2'], []]);
      const changed = await database(v3 + row(1, '1', 'SQL', 'V1__users.sql', wholeText(0) + 1));
      const drifted = await adopt(changed, files, 'flyway');
      assert.deepEqual(drifted.plan.drift.map((d) => [d.version, d.recorded, d.computed]), [['1', String(wholeText(0) + 1), String(wholeText(0))]]);
      assert.deepEqual(drifted.recorded, []);
    });

    test('--history-table: a Flyway `table`, a golang-migrate x-migrations-table; whose it is told by its columns; a missing or foreign table is exit 2 naming it', async () => {
      const url = await database(renamed('app.deploy_log') + rowIn('app.deploy_log', 1, '1', 'SQL', 'V1__users.sql', lineWise(0)));
      const flyway = await adopt(url, files, 'flyway', undefined, 'app.deploy_log');
      assert.deepEqual([flyway.history.table, marked(flyway.plan)], ['app.deploy_log', ['1']]);
      const gm = await database('CREATE TABLE public.gm_versions (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL); INSERT INTO public.gm_versions VALUES (2, false);');
      const golang = await withClient(gm, (c) => readForeignHistory(c, 'auto', { table: 'gm_versions' }));
      assert.deepEqual([golang.tool, golang.table, golang.entries], ['golang-migrate', 'public.gm_versions', [{ version: '2', state: 'through' }]]);

      const none = await database('');
      const missing = await refused(none, files, 'flyway', 'app.deploy_log');
      assert.deepEqual([exitCodeFor(missing.kind), missing.message, missing.context.object], [2, 'no table app.deploy_log in this database (--history-table)', 'app.deploy_log']);
      const foreign = await refused(gm, files, 'flyway', 'public.gm_versions');
      assert.equal(exitCodeFor(foreign.kind), 2);
      assert.equal(foreign.message, "public.gm_versions is not a flyway history table: its columns (version, dirty) are not the ones flyway creates");
      const notOne = await refused(none, files, 'auto', 'a.b.c');
      assert.deepEqual([notOne.kind, notOne.message], ['usage', "--history-table must be [schema.]table, as the catalog names it (got 'a.b.c')"]);
    });
  });

  describe('golang-migrate', () => {
    const TABLE = 'CREATE TABLE public.schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL);';
    test('its one row is the version the database is at: every file up to it is marked', async () => {
      const url = await database(`${TABLE} INSERT INTO public.schema_migrations VALUES (3, false);`);
      const { plan, history } = await adopt(url, numbered(5), 'auto');
      assert.equal(history.tool, 'golang-migrate');
      assert.deepEqual(marked(plan), ['1', '2', '3']);
      assert.deepEqual(plan.pending, ['4', '5']);
    });

    test('a dirty row is refused (exit 2), naming the table and the version; nothing is recorded', async () => {
      const url = await database(`${TABLE} INSERT INTO public.schema_migrations VALUES (3, true);`);
      const error = await refused(url, numbered(5), 'golang-migrate');
      assert.equal(exitCodeFor(error.kind), 2);
      assert.equal(error.message, 'public.schema_migrations says migration 3 is dirty (it stopped part-way); pg-promote takes over only a finished history: fix the database by hand, then `migrate force VERSION`, then run baseline again');
    });
  });

  test('goose: a version\'s latest row decides (a down un-applies it), and the version-0 row is no migration', async () => {
    const url = await database(`CREATE TABLE public.goose_db_version (id serial PRIMARY KEY, version_id bigint NOT NULL, is_applied boolean NOT NULL, tstamp timestamp DEFAULT now());
      INSERT INTO public.goose_db_version (version_id, is_applied) VALUES (0, true), (1, true), (2, true), (3, true), (3, false), (4, true);`);
    const { plan } = await adopt(url, numbered(5), 'auto');
    assert.deepEqual(marked(plan), ['1', '2', '4']);
    assert.deepEqual(plan.gaps, ['3']);
  });

  test('diesel: a folder named by date is the digits diesel records', async () => {
    const url = await database(`CREATE TABLE public.__diesel_schema_migrations (version varchar(50) PRIMARY KEY NOT NULL, run_on timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP);
      INSERT INTO public.__diesel_schema_migrations (version) VALUES ('20190226002946');`);
    const files = filesOf([
      ['2019-02-26-002946', '2019-02-26-002946_users/up.sql', 'CREATE TABLE app.users (id int);'],
      ['2019-03-01-000000', '2019-03-01-000000_teams/up.sql', 'CREATE TABLE app.teams (id int);'],
    ]);
    const { plan } = await adopt(url, files, 'diesel');
    assert.deepEqual(marked(plan), ['2019-02-26-002946']);
  });

  describe('Prisma', () => {
    const files = filesOf([
      ['20240101000000', '20240101000000_init/migration.sql', 'CREATE TABLE app.users (id int);\n'],
      ['20240102000000', '20240102000000_teams/migration.sql', 'CREATE TABLE app.teams (id int);\r\n'],
      ['20240103000000', '20240103000000_posts/migration.sql', 'CREATE TABLE app.posts (id int);\n'],
    ]);
    const sha = (i: number) => prismaChecksums(files[i]!.content.replace(/\r\n/g, '\n'))[0]!;

    test('finished rows are marked, a rolled-back one stays pending; a checkout with CRLF endings is no drift', async () => {
      const url = await database(PRISMA_TABLE + prismaRow('20240101000000_init', sha(0), 'finished', 0) + prismaRow('20240102000000_teams', sha(1), 'finished', 1) +
        prismaRow('20240103000000_posts', sha(2), 'rolled-back', 2));
      const { plan } = await adopt(url, files, 'auto');
      assert.deepEqual(marked(plan), ['20240101000000', '20240102000000']);
      assert.deepEqual(plan.pending, ['20240103000000']);
      assert.deepEqual(plan.drift, []);
    });

    test('a failed migration (neither finished nor rolled back) is refused; a changed file is drift', async () => {
      const failed = await database(PRISMA_TABLE + prismaRow('20240101000000_init', sha(0), 'finished', 0) + prismaRow('20240102000000_teams', sha(1), 'failed', 1));
      const error = await refused(failed, files, 'prisma');
      assert.equal(error.message, 'public._prisma_migrations says migration 20240102000000_teams is failed; pg-promote takes over only a finished history: fix the database, then `prisma migrate resolve`, then run baseline again');
      const changed = await database(PRISMA_TABLE + prismaRow('20240101000000_init', sha(2), 'finished', 0));
      const { plan } = await adopt(changed, files, 'prisma');
      assert.deepEqual(plan.drift.map((d) => [d.version, d.recorded]), [['20240101000000', sha(2)]]);
    });
  });

  test('supabase: its schema_migrations lives in supabase_migrations, and is not taken for dbmate\'s', async () => {
    const url = await database(`CREATE SCHEMA supabase_migrations; CREATE TABLE supabase_migrations.schema_migrations (version text PRIMARY KEY, statements text[], name text);
      INSERT INTO supabase_migrations.schema_migrations VALUES ('20240101000000', '{}', 'init'), ('20240103000000', '{}', 'posts');`);
    const files = filesOf(['20240101000000', '20240102000000', '20240103000000'].map((v) => [v, `${v}_x.sql`, `SELECT ${v};`]));
    const { plan, history } = await adopt(url, files, 'auto');
    assert.equal(history.tool, 'supabase');
    assert.deepEqual(marked(plan), ['20240101000000', '20240103000000']);
    assert.deepEqual(plan.gaps, ['20240102000000']);
  });

  describe('Sqitch', () => {
    const files = filesOf([['users', 'deploy/users.sql', 'CREATE TABLE app.users (id int);'], ['teams', 'deploy/teams.sql', 'SELECT 1;'], ['posts', 'deploy/posts.sql', 'SELECT 2;']]);

    test('deployed changes of the project are marked; a reverted one stays pending', async () => {
      const url = await database(SQITCH_TABLES + sqitchEvent('deploy', 'users', 'app', 0) + sqitchEvent('deploy', 'posts', 'app', 2) +
        sqitchEvent('deploy', 'teams', 'app', 1).replace(/INSERT INTO sqitch\.changes[\s\S]*$/, '') + sqitchEvent('revert', 'teams', 'app', 3));
      const { plan } = await adopt(url, files, 'sqitch');
      assert.deepEqual(marked(plan), ['users', 'posts']);
      assert.deepEqual(plan.gaps, ['teams']);
    });

    test('script_hash, the SHA-1 of the deploy script\'s bytes, is compared: a changed script is drift (exit 1) naming it; a hash the registry upgrade copied from change_id is not compared', async () => {
      const sha1 = (i: number) => `'${createHash('sha1').update(files[i]!.content).digest('hex')}'`;
      const url = await database(SQITCH_TABLES + sqitchEvent('deploy', 'users', 'app', 0, sha1(0)) + sqitchEvent('deploy', 'teams', 'app', 1, sha1(1)));
      assert.deepEqual([marked((await adopt(url, files, 'sqitch')).plan)], [['users', 'teams']]);
      const changed = await database(SQITCH_TABLES + sqitchEvent('deploy', 'users', 'app', 0, sha1(0)) + sqitchEvent('deploy', 'teams', 'app', 1, `'${'0'.repeat(40)}'`));
      const { plan, recorded } = await adopt(changed, files, 'sqitch');
      assert.deepEqual(plan.drift, [{ version: 'teams', file: 'db/migrations/app/deploy/teams.sql', recorded: '0'.repeat(40), computed: sha1(1).slice(1, -1) }]);
      assert.deepEqual(recorded, []);
      assert.equal(exitCodeFor(baselineDriftError(plan)!.kind), 1);
      // Deployed before registry 1.0: script_hash = change_id, so there is no hash of the script to compare.
      const legacy = await database(SQITCH_TABLES + sqitchEvent('deploy', 'users') + sqitchEvent('deploy', 'teams', 'app', 1));
      assert.deepEqual((await adopt(legacy, files, 'sqitch')).plan.drift, []);
    });

    test('a change whose last event is a failure is refused; several projects need --project', async () => {
      const failed = await database(SQITCH_TABLES + sqitchEvent('deploy', 'users') + sqitchEvent('fail', 'teams', 'app', 1));
      const error = await refused(failed, files, 'sqitch');
      assert.match(error.message, /^sqitch\.changes says migration teams is failed;/);
      const two = await database(SQITCH_TABLES + sqitchEvent('deploy', 'users') + sqitchEvent('deploy', 'users', 'other'));
      await assert.rejects(adopt(two, files, 'sqitch'), (err: PromoteError) => err.kind === 'usage' && /holds 2 projects \(app, other\); name one with --project/.test(err.message));
      const { plan } = await adopt(two, files, 'sqitch', 'app');
      assert.deepEqual(marked(plan), ['users']);
    });
  });

  test('--from auto with two tools\' histories is a usage error naming both; with none, a config error', async () => {
    const both = await database(`${FLYWAY_TABLE} CREATE TABLE public.pgmigrations (id serial PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);`);
    const error = await refused(both, numbered(1), 'auto');
    assert.equal(error.kind, 'usage');
    assert.equal(error.message, 'several migration histories in this database: flyway (public.flyway_schema_history), node-pg-migrate (public.pgmigrations); name one with --from');
    const none = await database('CREATE TABLE app.changes (id int);');
    assert.equal((await refused(none, numbered(1), 'auto')).message, "no migration tool's history table in this database; a history kept under a name of its own is read with --history-table SCHEMA.TABLE");
    assert.equal(parseFrom('goose'), 'goose');
    assert.throws(() => parseFrom('liquibase'), (err: PromoteError) =>
      err.kind === 'usage' && err.message === "--from must be auto or one of flyway, golang-migrate, dbmate, goose, node-pg-migrate, diesel, prisma, supabase, sqitch (got 'liquibase')");
  });

  test('baseline --to VERSION marks every file up to it; a version no file has is a usage error naming it', () => {
    const plan = planBaseline('app', numbered(5), { to: '0003' });
    assert.deepEqual(marked(plan), ['1', '2', '3']);
    assert.deepEqual(plan.pending, ['4', '5']);
    assert.throws(() => planBaseline('app', numbered(5), { to: '9' }), (err: PromoteError) =>
      err.kind === 'usage' && err.message === "version 9 is no migration of phase 'app' (its versions run from 1 to 5)" && err.context.key === '--to');
  });

  test('after baseline --to 2, migrate (today\'s, from the CLI) applies only 3 and 4: the baselined rows are history it trusts, with no drift', async () => {
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/001_schema.sql': 'CREATE SCHEMA app;\n',
      'db/migrations/app/002_users.sql': 'CREATE TABLE app.users (id int);\n',
      'db/migrations/app/003_teams.sql': 'CREATE TABLE app.teams (id int);\n',
      'db/migrations/app/004_posts.sql': 'CREATE TABLE app.posts (id int);\n',
    });
    const url = await server.createDatabase('adopt');
    await server.query(url, 'CREATE SCHEMA app; CREATE TABLE app.users (id int);'); // what a psql loop ran
    const config = loadConfig({ root });
    const files = baselineFiles(discoverPhase(root, config.phases[0]!));
    const plan = planBaseline('app', files, { to: '2' });
    await withClient(url, (client) => recordBaseline({ client }, { phase: 'app', history: config.historyTable, actor: 'tester', source: plan.source }, plan.mark));
    const migrate = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(migrate.code, 0, JSON.stringify(migrate.result.error));
    assert.deepEqual(migrate.result.phases![0]!.files.filter((f) => f.status === 'applied').map((f) => f.version), ['3', '4']);
    const status = await cliJson(root, ['status', '--database-url', url]);
    assert.equal(status.code, 0, JSON.stringify(status.result.error));
    assert.deepEqual([status.result.drift, status.result.counts!.pending, status.result.phases![0]!.currentVersion], [[], 0, '4']);
  });

  describe('a database pg-promote does not know', () => {
    test('tables in the phase\'s schema with an empty history: refused (exit 2), naming them and the baseline --to command', async () => {
      const url = await database('CREATE TABLE app.accounts (id int); CREATE TABLE app.ledger (id int); CREATE TABLE app.users (id int); CREATE TABLE app.zones (id int);');
      await withClient(url, async (client) => {
        await assert.rejects(refuseUnknownDatabase(client, { phase: 'app', schema: 'app', history: HISTORY, historyRows: 0 }), (err: PromoteError) => {
          assert.equal(exitCodeFor(err.kind), 2);
          assert.equal(err.message, "schema app already holds 4 tables (app.accounts, app.ledger, app.users, …) and pg-promote's history audit.migration_log is empty: record the migrations that built them with `pg-promote baseline --phase app --to VERSION` (VERSION: the last one applied) (nothing was run)");
          return true;
        });
        // With the history holding rows, the database is known: no refusal.
        await refuseUnknownDatabase(client, { phase: 'app', schema: 'app', history: HISTORY, historyRows: 1 });
      });
    });

    test('an empty schema (or none yet) and no other tool: nothing to refuse; pg-promote\'s own tables in the phase\'s schema are no tables of the phase', async () => {
      const url = await server.createDatabase('adopt');
      await withClient(url, (client) => refuseUnknownDatabase(client, { phase: 'app', schema: 'app', history: HISTORY, historyRows: 0 }));
      await server.query(url, 'CREATE SCHEMA app');
      await withClient(url, (client) => refuseUnknownDatabase(client, { phase: 'app', schema: 'app', history: HISTORY, historyRows: 0 }));
      const own: HistoryTable = { schema: 'app', table: 'migration_log' };
      await server.query(url, `${new HistoryStore(own).createSql()} ${createEventsSql('app')}`);
      await withClient(url, (client) => refuseUnknownDatabase(client, { phase: 'app', schema: 'app', history: own, historyRows: 0 }));
      await server.query(url, 'CREATE TABLE app.Mixed_Case (id int)');
      await withClient(url, (client) =>
        assert.rejects(refuseUnknownDatabase(client, { phase: 'app', schema: 'app', history: own, historyRows: 0 }), /^ConfigError: schema app already holds a table \(app\.mixed_case\) /));
    });
  });
});

/**
 * `pg-promote baseline` through the CLI. After the real dbmate and node-pg-migrate, the phase
 * reads their very folders (layout: dbmate / node-pg-migrate); the other tools' histories are
 * written as their documentation defines them, over pg-promote-layout trees.
 */
describe('pg-promote baseline, through the CLI', () => {
  const pgPromoteTree = (files: Array<[string, string]>, config = onePhaseConfig()) =>
    makeTree({ 'db/promotion.yml': config, ...Object.fromEntries(files.map(([name, sql]) => [`db/migrations/app/${name}`, sql])) });
  const layoutTree = (layout: string, files: Array<[string, string]>, extra = '') =>
    makeTree({
      'db/promotion.yml': `phases:\n  - name: app\n    schema: app\n    migrations: db/migrations/app\n    layout: ${layout}\n${extra}`,
      ...Object.fromEntries(files.map(([name, sql]) => [`db/migrations/app/${name}`, sql])),
    });
  const historyTable = async (url: string) => (await server.query(url, "SELECT to_regclass('audit.migration_log') AS t")).rows[0].t;

  test('after the real dbmate applied 1, 2 and 4: migrate refuses and creates nothing; baseline --from auto (dry run, then for real) marks exactly those; migrate applies only 3 and 5; status says baselined', async () => {
    const url = await database('');
    const versions = ['20240101000001', '20240101000002', '20240101000003', '20240101000004', '20240101000005'];
    const table = (v: string) => `t${v.slice(-1)}`;
    const dbmateDir = makeTree(Object.fromEntries(versions.filter((v) => !/[35]$/.test(v)).map((v) => [`${v}_${table(v)}.sql`, `-- migrate:up\nCREATE TABLE app.${table(v)} (id int);\n\n-- migrate:down\nDROP TABLE app.${table(v)};\n`])));
    await run(resolveBinary(), ['--migrations-dir', dbmateDir, '--no-dump-schema', 'up'], {
      cwd: dbmateDir,
      env: { PATH: process.env.PATH, HOME: os.tmpdir(), DATABASE_URL: `${url}?sslmode=disable` },
    });
    // The same folder, all five files, read as dbmate writes it. dbmate applies a gap when it
    // meets one; pg-promote only when told to (out_of_order).
    const root = layoutTree('dbmate', versions.map((v) => [`${v}_${table(v)}.sql`, `-- migrate:up\nCREATE TABLE app.${table(v)} (id int);\n\n-- migrate:down\nDROP TABLE app.${table(v)};\n`]), 'out_of_order: true\n');

    for (const command of ['migrate', 'plan']) {
      const refused = await cliJson(root, [command, '--database-url', url]);
      assert.equal(refused.code, 2, command);
      assert.match(refused.result.error!.message, /this database has a dbmate history \(public\.schema_migrations\) .*`pg-promote baseline --phase app --from dbmate`/);
    }
    assert.equal(await historyTable(url), null, 'a refused migrate creates nothing, not even the history table');
    assert.equal((await server.query(url, "SELECT to_regclass('app.t3') AS t")).rows[0].t, null);

    const dry = await cli(root, ['baseline', '--phase', 'app', '--from', 'auto', '--dry-run', '--database-url', url]);
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /baseline of phase app from dbmate \(public\.schema_migrations\):\n {2}would mark as applied \(nothing recorded\): 3 versions: 20240101000001, 20240101000002, 20240101000004\n {2}gaps, left pending .*: 20240101000003\n {2}pending for migrate: 20240101000005/);
    assert.equal(await historyTable(url), null, 'a dry run records nothing');

    const taken = await cliJson(root, ['baseline', '--phase', 'app', '--from', 'auto', '--database-url', url]);
    assert.equal(taken.code, 0, JSON.stringify(taken.result.error));
    assert.deepEqual(taken.result.baseline!.marked.map((m) => m.version), ['20240101000001', '20240101000002', '20240101000004']);
    assert.deepEqual([taken.result.baseline!.gaps, taken.result.baseline!.recorded], [['20240101000003'], true]);

    const migrate = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(migrate.code, 0, JSON.stringify(migrate.result.error));
    assert.deepEqual(migrate.result.phases![0]!.files.filter((f) => f.status === 'applied').map((f) => f.version), ['20240101000003', '20240101000005']);
    const status = await cli(root, ['status', '--database-url', url]);
    assert.equal(status.code, 0, status.stderr);
    assert.match(status.stdout, /= v20240101000001 db\/migrations\/app\/20240101000001_t1\.sql {2}baselined \(from dbmate \(public\.schema_migrations\)\)/);
    assert.doesNotMatch(status.stdout, /20240101000003_t3\.sql {2}baselined/);
    const second = await cliJson(root, ['baseline', '--phase', 'app', '--from', 'dbmate', '--database-url', url]);
    assert.deepEqual([second.code, second.result.baseline!.marked, second.result.baseline!.recorded], [0, [], false]);
  });

  test('after the real node-pg-migrate applied three of four: baseline --from auto marks them, migrate applies the fourth', async () => {
    const url = await database('');
    const npmDir = makeTree(Object.fromEntries([1, 2, 3].map((i) => [`000${i}_t${i}.sql`, `-- Up Migration\nCREATE TABLE app.t${i} (id int);\n-- Down Migration\nDROP TABLE app.t${i};\n`])));
    await run(process.execPath, [path.join(REPO_ROOT, 'node_modules/node-pg-migrate/bin/node-pg-migrate.js'), 'up', '--migrations-dir', npmDir, '--no-single-transaction'], {
      cwd: npmDir,
      env: { PATH: process.env.PATH, HOME: os.tmpdir(), DATABASE_URL: url },
    });
    const root = layoutTree('node-pg-migrate', [1, 2, 3, 4].map((i) => [`000${i}_t${i}.sql`, `-- Up Migration\nCREATE TABLE app.t${i} (id int);\n-- Down Migration\nDROP TABLE app.t${i};\n`]));
    assert.equal((await cliJson(root, ['migrate', '--database-url', url])).code, 2);
    const taken = await cliJson(root, ['baseline', '--phase', 'app', '--from', 'auto', '--database-url', url]);
    assert.equal(taken.code, 0, JSON.stringify(taken.result.error));
    // node-pg-migrate's layout names a migration by its file name, as its pgmigrations table does.
    assert.deepEqual(taken.result.baseline!.marked.map((m) => m.version), ['0001_t1', '0002_t2', '0003_t3']);
    const migrate = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(migrate.code, 0, JSON.stringify(migrate.result.error));
    assert.deepEqual(migrate.result.phases![0]!.files.filter((f) => f.status === 'applied').map((f) => f.version), ['0004_t4']);
  });

  test('a dirty golang-migrate history: exit 2 naming the table and version; a Flyway checksum mismatch: drift, exit 1; nothing recorded either way', async () => {
    const root = pgPromoteTree([1, 2].map((i) => [`000${i}_t${i}.sql`, `CREATE TABLE app.t${i} (id int);\n`]));
    const dirty = await database('CREATE TABLE public.schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL); INSERT INTO public.schema_migrations VALUES (2, true);');
    const refused = await cliJson(root, ['baseline', '--phase', 'app', '--from', 'golang-migrate', '--database-url', dirty]);
    assert.equal(refused.code, 2);
    assert.match(refused.result.error!.message, /public\.schema_migrations says migration 2 is dirty/);
    assert.equal(await historyTable(dirty), null);

    const drifted = await database(`${FLYWAY_TABLE} ${flywayRow(1, '1', 'SQL', 'V1__t1.sql', 12345)}`);
    const drift = await cli(root, ['baseline', '--phase', 'app', '--from', 'flyway', '--database-url', drifted]);
    assert.equal(drift.code, 1, drift.stderr);
    assert.match(drift.stderr, /error: db\/migrations\/app\/0001_t1\.sql: changed since flyway \(public\.flyway_schema_history\) applied it: flyway recorded checksum 12345, the file now has -?\d+; nothing was recorded/);
    assert.match(drift.stdout, /drift: db\/migrations\/app\/0001_t1\.sql \(version 1\): recorded checksum 12345/);
    assert.equal(await historyTable(drifted), null);
  });

  test('--history-table names a Flyway table of its own; a Sqitch script_hash is compared with the deploy script as it is on disk (its BEGIN/COMMIT included)', async () => {
    const root = pgPromoteTree([['0001_t1.sql', 'CREATE TABLE app.t1 (id int);\n'], ['0002_t2.sql', 'CREATE TABLE app.t2 (id int);\n']]);
    const url = await database(`${FLYWAY_TABLE.replace('public.flyway_schema_history', 'public.deploy_log')} ${flywayRow(1, '1', 'SQL', 'V1__t1.sql', flywayChecksum('CREATE TABLE app.t1 (id int);\n')).replace('public.flyway_schema_history', 'public.deploy_log')}`);
    const alone = await cliJson(root, ['baseline', '--phase', 'app', '--to', '1', '--history-table', 'public.deploy_log', '--database-url', url]);
    assert.deepEqual([alone.code, alone.result.error!.message], [2, '--history-table goes with --from (auto or the tool)']);
    const taken = await cliJson(root, ['baseline', '--phase', 'app', '--from', 'flyway', '--history-table', 'public.deploy_log', '--database-url', url]);
    assert.equal(taken.code, 0, JSON.stringify(taken.result.error));
    assert.deepEqual([taken.result.baseline!.source, taken.result.baseline!.marked.map((m) => m.version)], ['flyway (public.deploy_log)', ['1']]);

    const deploy = 'BEGIN;\nCREATE TABLE app.users (id int);\nCOMMIT;\n';
    const sqitchRoot = layoutTree('sqitch', [['sqitch.plan', '%project=app\n\nusers 2023-01-05T10:00:00Z Ada <ada@example.com> # users\n'], ['deploy/users.sql', deploy]]);
    const hash = createHash('sha1').update(deploy).digest('hex');
    const deployed = await database(SQITCH_TABLES + sqitchEvent('deploy', 'users', 'app', 0, `'${hash}'`));
    const sqitch = await cliJson(sqitchRoot, ['baseline', '--phase', 'app', '--from', 'sqitch', '--database-url', deployed]);
    assert.equal(sqitch.code, 0, JSON.stringify(sqitch.result.error));
    assert.deepEqual(sqitch.result.baseline!.marked.map((m) => m.version), ['users']);
  });

  test('baseline --to 1 on a populated database with an empty history: migrate refused first (nothing created), then runs only what follows; usage errors name the option', async () => {
    const root = pgPromoteTree([['0001_users.sql', 'CREATE TABLE app.users (id int);\n'], ['0002_teams.sql', 'CREATE TABLE app.teams (id int);\n']]);
    const url = await database('CREATE TABLE app.users (id int);');
    const refused = await cli(root, ['migrate', '--database-url', url]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /schema app already holds a table \(app\.users\) .*`pg-promote baseline --phase app --to VERSION`/);
    assert.deepEqual((await server.query(url, "SELECT to_regclass('audit.migration_log') AS h, to_regclass('app.teams') AS t")).rows[0], { h: null, t: null });

    const neither = await cliJson(root, ['baseline', '--phase', 'app', '--database-url', url]);
    assert.equal(neither.code, 2);
    assert.match(neither.result.error!.message, /baseline needs exactly one of --to VERSION or --from/);
    const unknown = await cliJson(root, ['baseline', '--phase', 'app', '--from', 'liquibase', '--database-url', url]);
    assert.equal(unknown.code, 2);
    const noVersion = await cliJson(root, ['baseline', '--phase', 'app', '--to', '7', '--database-url', url]);
    assert.deepEqual([noVersion.code, noVersion.result.error!.message], [2, "version 7 is no migration of phase 'app' (its versions run from 1 to 2)"]);

    const taken = await cliJson(root, ['baseline', '--phase', 'app', '--to', '1', '--database-url', url]);
    assert.equal(taken.code, 0, JSON.stringify(taken.result.error));
    const applied = await server.query(url, 'SELECT version, applied_by FROM audit.migration_log');
    assert.equal(applied.rows.length, 1);
    assert.match(applied.rows[0].applied_by, / \(baseline from --to 1\)$/);
    const migrate = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(migrate.code, 0, JSON.stringify(migrate.result.error));
    assert.deepEqual(migrate.result.phases![0]!.files.filter((f) => f.status === 'applied').map((f) => f.version), ['2']);
    const status = await cliJson(root, ['status', '--database-url', url]);
    assert.deepEqual(status.result.phases![0]!.files.map((f) => [f.version, f.baselined]), [['1', '--to 1'], ['2', undefined]]);
  });
});
