import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runAction } from './harness/action.js';
import { cli, cliJson } from './harness/cli.js';
import { databaseOf } from './harness/postgres.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig, sampleSections, writeTree } from './harness/tree.js';
import { createEventsSql } from '../src/audit/events.js';

const server = await testServer();

/** The sample's flags (ingest, eng_governance_sync, both in the rollback list): flags have no code defaults. */
function repo(extra = sampleSections(['flags'])): string {
  return makeTree({
    'db/promotion.yml': onePhaseConfig(extra),
    'db/migrations/app/001_t.sql': 'CREATE SCHEMA app; CREATE TABLE app.t (id int);',
  });
}

/** The applications' rollout as the ramp leaves it: the flags table with each flag's percentage. */
async function ramped(url: string, flags: Record<string, number>): Promise<void> {
  await server.query(
    url,
    `CREATE SCHEMA IF NOT EXISTS audit;
     CREATE TABLE IF NOT EXISTS audit.feature_flags (name text PRIMARY KEY, percentage integer NOT NULL DEFAULT 0 CHECK (percentage BETWEEN 0 AND 100),
       updated_at timestamptz NOT NULL DEFAULT now(), updated_by text NOT NULL DEFAULT current_user)`,
  );
  for (const [name, pct] of Object.entries(flags)) {
    await server.query(url, 'INSERT INTO audit.feature_flags (name, percentage, updated_by) VALUES ($1, $2, $3)', [name, pct, 'ramp']);
  }
}

const percentages = async (url: string) =>
  Object.fromEntries((await server.query(url, 'SELECT name, percentage FROM audit.feature_flags ORDER BY name')).rows.map((r) => [r.name, r.percentage]));

const flagEvents = async (url: string) =>
  (await server.query(url, "SELECT actor, event, detail FROM audit.promotion_events WHERE event = 'flags.off' ORDER BY id")).rows;

describe('flags: the kill switches', () => {
  test("flags off with no names turns off the config's rollback list, and records each flag's previous value and the reason", async () => {
    const url = await server.createDatabase();
    await ramped(url, { ingest: 50, eng_governance_sync: 100 });
    const run = await cliJson(repo(), ['flags', 'off', '--database-url', url, '--reason', 'INC-9: bad ingest rows']);
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    assert.deepEqual(await percentages(url), { eng_governance_sync: 0, ingest: 0 });
    assert.deepEqual(run.result.flags?.changes, [
      { name: 'eng_governance_sync', from: 100, to: 0 },
      { name: 'ingest', from: 50, to: 0 },
    ]);
    assert.equal(run.result.flags?.action, 'off');
    assert.equal(run.result.flags?.table, 'audit.feature_flags');
    assert.equal(run.result.flags?.reason, 'INC-9: bad ingest rows');
    assert.deepEqual(run.result.flags?.flags.map((f) => [f.name, f.percentage]), [['ingest', 0], ['eng_governance_sync', 0]]);
    const [event, ...more] = await flagEvents(url);
    assert.equal(more.length, 0);
    assert.deepEqual(event.detail, {
      database: databaseOf(url),
      table: 'audit.feature_flags',
      reason: 'INC-9: bad ingest rows',
      flags: [
        { name: 'eng_governance_sync', previous: 100, now: 0 },
        { name: 'ingest', previous: 50, now: 0 },
      ],
    });
    assert.equal(run.result.flags?.eventId !== undefined, true);
  });

  test('during a rollback: flags off before the restore; the flags stay off and the record stays in the audit trail after it', async () => {
    const url = await server.createDatabase('rollback');
    const root = repo();
    assert.equal((await cli(root, ['migrate', '--database-url', url])).code, 0);
    await server.query(url, 'INSERT INTO app.t VALUES (1)');
    const backup = await cliJson(root, ['backup', '--database-url', url]);
    assert.equal(backup.code, 0, JSON.stringify(backup.result.error));
    writeTree(root, { 'db/migrations/app/002_more.sql': 'INSERT INTO app.t VALUES (2), (3);' });
    const migrate = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(migrate.code, 0, JSON.stringify(migrate.result.error));
    await ramped(url, { ingest: 100 });

    const off = await cli(root, ['flags', 'off', 'ingest', '--database-url', url, '--reason', 'rollback of the housekeeping promotion']);
    assert.equal(off.code, 0, off.stdout + off.stderr);
    assert.match(off.stdout, /^flags off \(audit\.feature_flags\): rollback of the housekeeping promotion\n {2}ingest: 100% -> 0%\n {2}recorded as flags\.off \(event \d+\)$/m);

    const restore = await cliJson(root, ['restore', '--database-url', url, '--backup', backup.result.backup!.manifestPath, '--confirm', databaseOf(url)]);
    assert.equal(restore.code, 0, JSON.stringify(restore.result.error));
    const left = await server.query(url, 'SELECT array_agg(id ORDER BY id) AS ids FROM app.t');
    assert.deepEqual(left.rows[0].ids, [1], 'the promotion was rolled back');
    assert.deepEqual(await percentages(url), { ingest: 0 });
    const events = await flagEvents(url);
    assert.equal(events.length, 1);
    assert.equal(events[0].detail.reason, 'rollback of the housekeeping promotion');
    assert.deepEqual(events[0].detail.flags, [{ name: 'ingest', previous: 100, now: 0 }]);
  });

  test('a backup that holds the flags and the audit trail restores neither: the kill switch stays thrown, the record of it stays', async () => {
    const url = await server.createDatabase('rollback');
    const root = repo();
    assert.equal((await cli(root, ['migrate', '--database-url', url])).code, 0);
    await ramped(url, { ingest: 100, eng_governance_sync: 100 });
    await server.query(url, createEventsSql('audit'));
    await server.query(url, "INSERT INTO audit.promotion_events (actor, event) VALUES ('before-backup', 'test.marker')");
    const backup = await cliJson(root, ['backup', '--database-url', url]);
    assert.equal(backup.code, 0, JSON.stringify(backup.result.error));
    writeTree(root, { 'db/migrations/app/002_more.sql': 'INSERT INTO app.t VALUES (2);' });
    assert.equal((await cli(root, ['migrate', '--database-url', url])).code, 0);

    const off = await cli(root, ['flags', 'off', '--database-url', url, '--reason', 'rollback: bad rows']);
    assert.equal(off.code, 0, off.stdout + off.stderr);
    const restore = await cliJson(root, ['restore', '--database-url', url, '--backup', backup.result.backup!.manifestPath, '--confirm', databaseOf(url)]);
    assert.equal(restore.code, 0, JSON.stringify(restore.result.error));
    assert.equal((await server.query(url, 'SELECT count(*)::int AS n FROM app.t')).rows[0].n, 0, 'the promotion was rolled back');
    assert.deepEqual(await percentages(url), { eng_governance_sync: 0, ingest: 0 });
    const trail = await server.query(url, "SELECT event FROM audit.promotion_events WHERE event IN ('test.marker', 'flags.off') ORDER BY id");
    assert.deepEqual(trail.rows.map((r) => r.event), ['test.marker', 'flags.off']);
  });

  test('a kept table the accident dropped comes back from the backup; a look-alike table keeps its own sequence', async () => {
    const url = await server.createDatabase('rollback');
    const root = repo();
    assert.equal((await cli(root, ['migrate', '--database-url', url])).code, 0);
    await ramped(url, { ingest: 100 });
    await server.query(url, createEventsSql('audit'));
    await server.query(url, "INSERT INTO audit.promotion_events (actor, event) VALUES ('before-backup', 'test.marker')");
    await server.query(url, 'CREATE TABLE audit.feature_flags_history (id serial PRIMARY KEY, note text); INSERT INTO audit.feature_flags_history (note) VALUES (\'kept\')');
    const backup = await cliJson(root, ['backup', '--database-url', url]);
    assert.equal(backup.code, 0, JSON.stringify(backup.result.error));
    await server.query(url, 'DROP TABLE audit.promotion_events; DROP TABLE audit.feature_flags_history');

    const restore = await cliJson(root, ['restore', '--database-url', url, '--backup', backup.result.backup!.manifestPath, '--confirm', databaseOf(url)]);
    assert.equal(restore.code, 0, JSON.stringify(restore.result.error));
    const trail = await server.query(url, "SELECT event FROM audit.promotion_events WHERE event = 'test.marker'");
    assert.equal(trail.rowCount, 1, 'the dropped audit trail is restored from the backup');
    const history = await server.query(url, "SELECT note, nextval('audit.feature_flags_history_id_seq')::int AS next FROM audit.feature_flags_history");
    assert.deepEqual(history.rows, [{ note: 'kept', next: 2 }]);
    assert.deepEqual(await percentages(url), { ingest: 100 }, 'the flags table was there: kept as it is');
  });

  test('flags list shows every known flag with its percentage (0 when never set), and changes nothing', async () => {
    const url = await server.createDatabase();
    const none = await cli(repo(), ['flags', 'list', '--database-url', url]);
    assert.equal(none.code, 0, none.stderr);
    assert.match(none.stdout, /^flags \(audit\.feature_flags\):\n {2}ingest: 0% {2}The vh ingest service's rollout \(the runbook's VH_INGEST_ENABLED\)\n {2}eng_governance_sync: 0% {2}/m);
    const table = await server.query(url, "SELECT to_regclass('audit.feature_flags') AS t");
    assert.equal(table.rows[0].t, null, 'list creates nothing');
    await ramped(url, { ingest: 10 });
    const list = await cliJson(repo(), ['flags', 'list', '--database-url', url]);
    assert.deepEqual(list.result.flags?.flags.map((f) => [f.name, f.percentage, f.updatedBy ?? null]), [['ingest', 10, 'ramp'], ['eng_governance_sync', 0, null]]);
    assert.deepEqual(list.result.flags?.changes, []);
  });

  test('a flag named twice is turned off once; one already off is recorded as it was', async () => {
    const url = await server.createDatabase();
    await ramped(url, { ingest: 0 });
    const run = await cliJson(repo(), ['flags', 'off', 'ingest', 'ingest,eng_governance_sync', '--database-url', url]);
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    assert.deepEqual(run.result.flags?.changes, [
      { name: 'eng_governance_sync', from: 0, to: 0 },
      { name: 'ingest', from: 0, to: 0 },
    ]);
    assert.equal((await flagEvents(url))[0].detail.reason, null);
  });

  test('through the built action, as the runner runs it: command flags-off with inputs flags and reason', async () => {
    const url = await server.createDatabase();
    await ramped(url, { ingest: 30, eng_governance_sync: 100 });
    const run = await runAction(repo(), { command: 'flags-off', 'database-url': url, flags: 'ingest', reason: 'rollback run 4242' }, 'dist/index.js', {
      GITHUB_ACTOR: 'octo-dba',
    });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.status, 'success');
    assert.deepEqual(await percentages(url), { eng_governance_sync: 100, ingest: 0 });
    assert.match(run.summary, /### Flags turned off\n\nReason: rollback run 4242\n\n\| flag \| before \| now \|\n\| --- \| --- \| --- \|\n\| `ingest` \| 30% \| 0% \|/);
    const [event] = await flagEvents(url);
    assert.equal(event.actor, 'octo-dba (GitHub Actions)');
  });

  test('bad input: an unknown flag (named, or in the rollback list) is an error naming it, exit 2, nothing changed', async () => {
    const url = await server.createDatabase();
    await ramped(url, { ingest: 100 });
    const named = await cli(repo(), ['flags', 'off', 'ingest', 'vh_ingest_enabled', '--database-url', url]);
    assert.equal(named.code, 2);
    assert.equal(named.stderr.trimEnd(), "error: flags off: unknown flag 'vh_ingest_enabled' (flags in the config: ingest, eng_governance_sync)");
    const listed = await cli(repo(sampleSections(['flags'], { flags: { rollback_off: ['ingest', 'sync_jobs'] } })), ['flags', 'off', '--database-url', url]);
    assert.equal(listed.code, 2);
    assert.equal(listed.stderr.trimEnd(), "error: flags.rollback_off: unknown flag 'sync_jobs' (flags in the config: ingest, eng_governance_sync)");
    const action = await cli(repo(), ['flags', 'on', 'ingest', '--database-url', url]);
    assert.equal(action.code, 2);
    assert.match(action.stderr, /^error: flags needs an action: 'flags off \[NAME\.\.\.\]' or 'flags list', not 'on'/);
    assert.deepEqual(await percentages(url), { ingest: 100 });
    const events = await server.query(url, "SELECT to_regclass('audit.promotion_events') AS e");
    assert.equal(events.rows[0].e, null, 'nothing recorded');
  });
});
