import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { cli, cliJson } from './harness/cli.js';
import { sampleDatabases, sampleTree, type SampleDatabases } from './harness/sample-db.js';
import { testServer } from './harness/server.js';

const PASSWORD = 'Latency-Pa55word-Distinct';
// Its own cluster with pg_stat_statements preloaded (Debian's postgresql ships it): both the
// available path (extension created) and the unavailable one (not created) can be shown.
const server = await testServer({ password: PASSWORD, ownCluster: true, settings: { shared_preload_libraries: 'pg_stat_statements' } });
let sample: SampleDatabases;
before(async () => {
  sample = await sampleDatabases(server);
});

/** A table big enough that losing its index shows: an indexed lookup becomes a scan of 200k rows. */
async function withLookupTable(url: string): Promise<void> {
  await server.query(url, `
    CREATE TABLE vh.probe_events AS SELECT g AS id, g % 5000 AS account_id, md5(g::text) AS payload FROM generate_series(1, 200000) AS g;
    CREATE INDEX probe_events_account_idx ON vh.probe_events (account_id);
    ANALYZE vh.probe_events;`);
}

const lookupConfig = () =>
  sampleTree((doc) =>
    doc.setIn(['latency'], {
      samples: 50,
      warmup: 5,
      // A shared CI machine jitters by a few ms on its own; a lost index costs a sequential scan
      // of 200,000 rows, far more. The floor keeps the first from failing an unchanged database.
      noise_floor: '5ms',
      probes: [
        { name: 'events_by_account', sql: 'SELECT * FROM vh.probe_events WHERE account_id = 42' },
        { name: 'venture_overview', sql: 'SELECT * FROM views.vh_venture_overview' },
      ],
    }),
  );

describe('latency: p95 of the probe queries before and after', () => {
  test('compare passes on an unchanged database and fails when a dropped index slows a probe', async () => {
    const url = await sample.fresh('latency');
    await withLookupTable(url);
    const root = lookupConfig();
    const baseline = await cli(root, ['latency', '--baseline', 'ops/latency-before.json', '--database-url', url]);
    assert.equal(baseline.code, 0, baseline.stdout + baseline.stderr);
    assert.match(baseline.stdout, /latency baseline: 2 probes written to ops\/latency-before\.json/);
    assert.match(baseline.stdout, /percentiles from 50 timed runs per probe after 5 warm-up runs: p95 rests on the slowest 3, p99 is the slowest sample \(fewer than 100\)/);
    const file = readFileSync(path.join(root, 'ops/latency-before.json'), 'utf8');
    assert.ok(!file.includes(PASSWORD) && !file.includes('postgresql://') && !file.includes('postgres://'), 'no URL or password in the baseline');
    assert.equal(JSON.parse(file).probes[0].samples, 50);

    const same = await cliJson(root, ['latency', '--compare', 'ops/latency-before.json', '--database-url', url]);
    assert.equal(same.code, 0, JSON.stringify(same.result.latency?.comparisons, null, 1));
    assert.ok(same.result.latency!.comparisons!.every((c) => c.status === 'ok' || c.status === 'within-noise'));

    await server.query(url, 'DROP INDEX vh.probe_events_account_idx');
    const slowed = await cli(root, ['latency', '--compare', 'ops/latency-before.json', '--database-url', url]);
    assert.equal(slowed.code, 1, slowed.stdout);
    assert.match(slowed.stderr, /^error: latency\.probes\.events_by_account: latency probe 'events_by_account': p95 grew [\d.]+% \([\d.]+ ms → [\d.]+ ms\), more than the allowed 10%/m);
    assert.match(slowed.stdout, /events_by_account +p95 [\d.]+ ms → [\d.]+ ms \(\+[\d.]+%\) .* SLOWER/);
  });

  test('with pg_stat_statements the top statements are compared by mean time; without it the output says so', async () => {
    const url = await sample.fresh('latency_pgss');
    const root = sampleTree((doc) => doc.setIn(['latency'], { samples: 20, warmup: 2 }));
    const without = await cli(root, ['latency', '--baseline', 'before.json', '--database-url', url]);
    assert.equal(without.code, 0, without.stdout + without.stderr);
    assert.match(without.stdout, /pg_stat_statements: not available \(the pg_stat_statements extension is not created in this database/);
    assert.match(without.stdout, /vh_ingest_daily +p50 [\d.]+ ms {2}p95/, 'the default probes run on the sample database');

    await server.query(url, 'CREATE EXTENSION pg_stat_statements');
    const app = async () => {
      for (let i = 0; i < 30; i++) await server.query(url, 'SELECT count(*) FROM vh.ingest_runs WHERE source_id = $1', [1 + (i % 3)]);
    };
    await app();
    const baseline = await cliJson(root, ['latency', '--baseline', 'before.json', '--database-url', url]);
    assert.equal(baseline.code, 0);
    assert.equal(baseline.result.latency?.statements.available, true);
    await app();
    const compare = await cli(root, ['latency', '--compare', 'before.json', '--database-url', url]);
    assert.match(compare.stdout, /pg_stat_statements: mean time of the baseline's top \d+ statements, calls since the baseline against before it:/);
    assert.match(compare.stdout, /[\d.]+ ms → [\d.]+ ms \([+-]?[\d.]+%, 30 calls\) {2}SELECT count\(\*\) FROM vh\.ingest_runs WHERE source_id = \$1/);
    assert.ok(!/SELECT \* FROM views\./.test(compare.stdout), "the baseline's top statements are the application's, not the probes'");

    // Counters reset after the baseline: differences would be garbage, so there are none.
    await server.query(url, 'SELECT pg_stat_statements_reset()');
    await app();
    const reset = await cli(root, ['latency', '--compare', 'before.json', '--database-url', url]);
    assert.match(reset.stdout, /pg_stat_statements: not available \(pg_stat_statements was reset after the baseline \(at [^)]+\), so its counters cannot be compared\)/);
  });

  test('a baseline that is missing or not a baseline is a usage error before any timing', async () => {
    const url = await sample.fresh('latency_bad');
    const root = lookupConfig();
    writeFileSync(path.join(root, 'other.json'), JSON.stringify({ command: 'migrate' }));
    for (const [file, message] of [
      ['nope.json', /--compare: file not found \(write it first with latency --baseline FILE\)/],
      ['other.json', /--compare: not a latency baseline/],
    ] as const) {
      const run = await cli(root, ['latency', '--compare', file, '--database-url', url]);
      assert.equal(run.code, 2);
      assert.match(run.stderr, message);
    }
  });
});
