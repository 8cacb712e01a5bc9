import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { planEvidence } from '../src/latency/plan.js';
import { holm, logRatioInterval, pAbove, runSummary, runsToResolve, tQuantile, trimmedLogMean } from '../src/latency/stats.js';
import { buildReport } from '../src/report/report-model.js';
import type { ProbeRuns, SideRuns } from '../src/latency/types.js';
import { decide, judgeProbes } from '../src/latency/verdict.js';
import { cli, cliJson } from './harness/cli.js';
import { sampleDatabases, sampleTree } from './harness/postgres.js';
import { testServer } from './harness/server.js';

const settings = { maxIncreasePct: 10, noiseFloorMs: 0.05, planChange: 'fail' as const };
const limit = Math.log(1.1);

/** A probe whose runs' server times are `ms`, client times 1 ms more. */
const probe = (name: string, ms: number[], extra: Partial<ProbeRuns> = {}): ProbeRuns => ({ name, sql: `SELECT '${name}'`, serverMs: ms, clientMs: ms.map((m) => m + 1), ...extra });
const side = (probes: ProbeRuns[], cpu = [5, 5.1, 4.9, 5.05, 4.95]): SideRuns => ({ runs: 5, samples: 10, spanMs: 0, probes, controls: [probe('round_trip', [0.01, 0.01, 0.01, 0.01, 0.01]), probe('cpu', cpu)] });
const around = (ms: number, spread = 0.02) => [1, 1 + spread, 1 - spread, 1 + spread / 2, 1 - spread / 2].map((f) => ms * f);

describe('latency statistics (pure)', () => {
  test("a run is summarised by the mean of its faster half's log times: slow outliers move it not at all", () => {
    assert.ok(Math.abs(Math.exp(runSummary([4, 4, 4, 4, 400, 900])) - 4) < 1e-9);
    assert.ok(Math.abs(Math.exp(runSummary([2, 8])) - 2) < 1e-9);
    assert.throws(() => runSummary([]), /at least one sample/);
    // The application's own traffic keeps its slow side; only the extremes are cut.
    assert.ok(Math.abs(Math.exp(trimmedLogMean([1, 4, 4, 4, 16])) - 4) < 1e-9);
    assert.ok(Math.exp(trimmedLogMean([2, 2, 2, 8, 8])) > 2);
  });

  test("Student's t quantiles match the tables", () => {
    assert.ok(Math.abs(tQuantile(0.975, 8) - 2.306) < 1e-3);
    assert.ok(Math.abs(tQuantile(0.975, 4) - 2.776) < 1e-3);
    assert.ok(Math.abs(tQuantile(0.975, 1e9) - 1.96) < 1e-3);
  });

  test('the interval of the log ratio is Welch: after 20% slower with 2% noise lies well above +10%', () => {
    const r = logRatioInterval(around(10).map(Math.log), around(12).map(Math.log));
    assert.ok(Math.abs(Math.exp(r.estimate) - 1.2) < 0.005);
    assert.ok(r.low > limit && r.high < Math.log(1.3), JSON.stringify(r));
    assert.throws(() => logRatioInterval([1], [1, 2]), /two runs/);
  });

  test("Holm's adjustment multiplies the smallest p by the count and keeps the order", () => {
    assert.deepEqual(holm([0.01, 0.04, 0.03, 0.005]), [0.03, 0.06, 0.06, 0.02]);
    assert.deepEqual(holm([]), []);
  });

  test('decide: fail above the threshold and the floor, pass under it, inconclusive with the noise and the runs that would settle it', () => {
    const timed = (before: number[], after: number[]) => ({ interval: logRatioInterval(before.map(Math.log), after.map(Math.log)), beforeMs: before[0]!, afterMs: after[0]!, runsPerSide: 5 });
    const slower = timed(around(10), around(13));
    const fail = decide(slower, pAbove(slower.interval, limit), settings);
    assert.equal(fail.verdict, 'fail');
    assert.match(fail.reason, /^slower by \+30\.\d% \[\+\d+\.\d%, \+\d+\.\d%\], more than 10% \(\+3\.\d+ ms\)$/);

    const same = timed(around(10), around(10));
    assert.equal(decide(same, pAbove(same.interval, limit), settings).verdict, 'pass');

    const noisy = timed(around(10, 0.3), around(11.5, 0.3));
    const unsure = decide(noisy, pAbove(noisy.interval, limit), settings);
    assert.equal(unsure.verdict, 'inconclusive');
    assert.match(unsure.reason, /includes \+10%: noise ±\d+\.\d%; (about \d+ runs per side would settle it|more than 100 runs per side would settle it)/);
    assert.ok(unsure.noisePct > 10);

    // Significantly slower but by microseconds: under the floor, not a failure.
    const tiny = timed(around(0.02), around(0.03));
    const under = decide(tiny, pAbove(tiny.interval, limit), settings);
    assert.equal(under.verdict, 'pass');
    assert.match(under.reason, /under the floor of 0\.050 ms/);
  });

  test('runs to resolve grow with the square of noise over distance to the threshold', () => {
    const r = { estimate: Math.log(1.2), se: 0.05, df: 8, low: Math.log(1.2) - 0.115, high: Math.log(1.2) + 0.115 };
    const runs = runsToResolve(r, 5, limit)!;
    assert.ok(runs > 5 && runs < 20, String(runs));
    assert.equal(runsToResolve({ ...r, estimate: limit, low: limit - 0.1, high: limit + 0.1 }, 5, limit), undefined);
  });

  test('judge: Holm across probes, a changed plan fails whatever the timing, an unmeasured probe is never passed', () => {
    const plan = (shape: string, sharedBlocks: number) => ({ shape, sharedBlocks });
    const before = side([
      probe('steady', around(5), { plan: plan('Seq Scan on s.t', 10) }),
      probe('lost_index', around(0.1), { plan: plan('Index Scan using t_idx on s.t', 2) }),
      probe('writes', around(1)),
      probe('gone', around(1)),
    ]);
    const after = side([
      probe('steady', around(5), { plan: plan('Seq Scan on s.t', 10) }),
      probe('lost_index', around(0.1), { plan: plan('Seq Scan on s.t', 519) }),
      probe('writes', [], { error: "probe 'writes' is not read-only: cannot execute INSERT in a read-only transaction [SQLSTATE 25006]" }),
      probe('added', around(1)),
    ]);
    const verdicts = Object.fromEntries(judgeProbes(before, after, settings).map((v) => [v.name, v]));
    assert.equal(verdicts.steady!.verdict, 'pass');
    assert.equal(verdicts.lost_index!.verdict, 'fail');
    assert.match(verdicts.lost_index!.reason, /^plan changed: Index Scan using t_idx on s\.t → Seq Scan on s\.t; shared blocks 2 → 519 \(timing:/);
    assert.equal(verdicts.writes!.verdict, 'not-measured');
    assert.match(verdicts.writes!.reason, /probe 'writes' is not read-only/);
    assert.equal(verdicts.gone!.verdict, 'not-compared');
    assert.equal(verdicts.added!.verdict, 'not-compared');
    assert.equal(judgeProbes(before, after, { ...settings, planChange: 'warn' }).find((v) => v.name === 'lost_index')!.verdict, 'pass');
  });

  test('judge: a slowdown the CPU control saw too is the machine, not the promotion', () => {
    const before = side([probe('view', around(10))]);
    const slowMachine = side([probe('view', around(13))], around(6.5));
    assert.equal(judgeProbes(before, side([probe('view', around(13))]), settings)[0]!.verdict, 'fail');
    const corrected = judgeProbes(before, slowMachine, settings)[0]!;
    assert.equal(corrected.verdict, 'pass', corrected.reason);
    assert.ok(Math.abs(corrected.timing!.ratio - 1) < 0.02);
  });

  test('plan evidence: shape without costs, shared blocks of the whole plan, the 64-bit query id kept exact', () => {
    const text = `[{"Plan": {"Node Type": "Limit", "Shared Hit Blocks": 3, "Shared Read Blocks": 4, "Plans": [{"Node Type": "Index Scan", "Index Name": "e_idx", "Schema": "bench", "Relation Name": "events", "Total Cost": 8.3}]}, "Query Identifier": -8923746528364598123}]`;
    assert.deepEqual(planEvidence(text), { shape: 'Limit(Index Scan using e_idx on bench.events)', sharedBlocks: 7, queryId: '-8923746528364598123' });
  });
});

describe('latency: the gate on a real cluster', () => {
  test('unchanged passes; a dropped index fails with its plan; a writing or slow probe is named and never passed; no probes is a config error', async () => {
    const server = await testServer({ ownCluster: true, settings: { shared_preload_libraries: 'pg_stat_statements' } });
    const sample = await sampleDatabases(server);
    const url = await sample.fresh('latency');
    await server.query(url, `
      CREATE TABLE vh.probe_events AS SELECT g AS id, g % 5000 AS account_id, md5(g::text) AS payload FROM generate_series(1, 100000) AS g;
      CREATE INDEX probe_events_account_idx ON vh.probe_events (account_id);
      ANALYZE vh.probe_events;
      CREATE EXTENSION pg_stat_statements;`);
    const probes = [
      { name: 'events_by_account', sql: 'SELECT * FROM vh.probe_events WHERE account_id = 42' },
      { name: 'venture_overview', sql: 'SELECT * FROM views.vh_venture_overview' },
    ];
    const root = sampleTree((doc) => doc.setIn(['latency'], { runs: 3, span: '0ms', samples: 3, warmup: 1, probes }));
    const app = async () => {
      for (let i = 0; i < 20; i++) await server.query(url, 'SELECT count(*) FROM vh.ingest_runs WHERE source_id = $1', [1 + (i % 3)]);
    };

    await app();
    const baseline = await cli(root, ['latency', '--baseline', 'ops/latency.json', '--database-url', url]);
    assert.equal(baseline.code, 0, baseline.stdout + baseline.stderr);
    assert.match(baseline.stdout, /latency baseline: 2 probes written to ops\/latency\.json \(3 runs over 0 s, 3 timed executions per probe per run\)/);
    assert.match(baseline.stdout, /events_by_account +client [\d.]+ ms {2}server [\d.]+ ms {2}±[\d.]+% run to run \(server\) {2}plan: \d+ shared blocks/);
    const file = readFileSync(path.join(root, 'ops/latency.json'), 'utf8');
    assert.ok(!file.includes(server.password) && !/postgres(ql)?:\/\//.test(file), 'no URL or password in the baseline');
    const written = JSON.parse(file);
    assert.equal(written.side.probes[0].serverMs.length, 3);
    assert.deepEqual(written.side.controls.map((c: { name: string }) => c.name), ['round_trip', 'cpu']);

    const same = await cliJson(root, ['latency', '--compare', 'ops/latency.json', '--database-url', url]);
    const verdicts = same.result.latency!.verdicts!;
    assert.ok(verdicts.every((v) => v.verdict === 'pass' || v.verdict === 'inconclusive'), JSON.stringify(verdicts, null, 1));
    assert.equal(same.code, 0);
    assert.ok(verdicts.every((v) => v.plan && !v.plan.shapeChanged && v.timing && v.timing.low <= v.timing.ratio && v.timing.ratio <= v.timing.high));
    assert.match(same.result.latency!.machine ?? '', /control/);
    const criterion = buildReport([same.result]).successCriteria.find((c) => c.id === 'no-performance-degradation')!;
    assert.notEqual(criterion.status, 'fail');
    assert.match(criterion.evidence, /^\d of 2 probes within \+10% \(95% intervals\)/);

    await server.query(url, 'DROP INDEX vh.probe_events_account_idx');
    const slowed = await cli(root, ['latency', '--compare', 'ops/latency.json', '--database-url', url]);
    assert.equal(slowed.code, 1, slowed.stdout);
    assert.match(slowed.stderr, /latency probe 'events_by_account' fail: plan changed: Bitmap Heap Scan on vh\.probe_events\(Bitmap Index Scan using probe_events_account_idx\) → .*Seq Scan on vh\.probe_events.*; shared blocks \d+ → \d+/);
    assert.match(slowed.stdout, /events_by_account +server [\d.]+ ms → [\d.]+ ms {2}[\d.]+x \[[\d.]+, [\d.]+\] {2}FAIL: plan changed/);

    // pg_stat_statements: the application's statement between the runs, in both windows.
    const pgss = sampleTree((doc) => doc.setIn(['latency'], { runs: 3, span: '1500ms', samples: 2, warmup: 0, probes: probes.slice(1) }));
    const traffic = async () => {
      const until = Date.now() + 1400;
      while (Date.now() < until) await app();
    };
    await Promise.all([cli(pgss, ['latency', '--baseline', 'b.json', '--database-url', url]), traffic()]);
    const [withApp] = await Promise.all([cli(pgss, ['latency', '--compare', 'b.json', '--database-url', url]), traffic()]);
    assert.match(withApp.stdout, /pg_stat_statements: \d+ of the baseline's statements ran in both windows/);
    assert.match(withApp.stdout, /\(\d+ → \d+ calls\) {2}SELECT count\(\*\) FROM vh\.ingest_runs WHERE source_id = \$1/);
    assert.ok(!/SELECT \* FROM views\.vh_venture_overview$/m.test(withApp.stdout), "the probes' own statements are not the application's");

    // Bad probes: one writes, one runs past the timeout. Both named; the baseline exits 1.
    const bad = sampleTree((doc) =>
      doc.setIn(['latency'], {
        runs: 2, span: '0ms', samples: 1, warmup: 0, probe_timeout: '200ms',
        probes: [...probes.slice(1), { name: 'sneaky_write', sql: 'INSERT INTO vh.probe_events VALUES (0, 0, $$x$$) RETURNING id' }, { name: 'too_slow', sql: 'SELECT pg_sleep(1)' }],
      }),
    );
    const badRun = await cliJson(bad, ['latency', '--baseline', 'bad.json', '--database-url', url]);
    assert.equal(badRun.code, 1);
    assert.match(badRun.result.error!.message, /^probe 'sneaky_write' is not read-only: cannot execute INSERT in a read-only transaction .*\(2 probes not measured: sneaky_write, too_slow\)/);
    const shown = Object.fromEntries(badRun.result.latency!.probes.map((p) => [p.name, p.error]));
    assert.match(shown.too_slow!, /probe 'too_slow' timed out after 200 ms \(latency\.probe_timeout\)/);
    const badCompare = await cliJson(bad, ['latency', '--compare', 'bad.json', '--database-url', url]);
    assert.equal(badCompare.code, 1);
    assert.deepEqual(badCompare.result.latency!.verdicts!.filter((v) => v.verdict === 'not-measured').map((v) => v.name), ['sneaky_write', 'too_slow']);
    assert.equal((await server.query(url, 'SELECT count(*)::int AS n FROM vh.probe_events WHERE id = 0')).rows[0].n, 0, 'the write never happened');

    const none = sampleTree((doc) => doc.deleteIn(['latency']));
    const noProbes = await cli(none, ['latency', '--baseline', 'x.json', '--database-url', url]);
    assert.equal(noProbes.code, 2);
    assert.match(noProbes.stderr, /no latency probes configured: list the queries your application runs under latency\.probes in db\/promotion\.yml \(name, and one read-only sql each\)/);

    writeFileSync(path.join(root, 'old.json'), JSON.stringify({ latencyBaseline: 1, probes: [], takenAt: 'x', statements: {} }));
    const old = await cli(root, ['latency', '--compare', 'old.json', '--database-url', url]);
    assert.equal(old.code, 2);
    assert.match(old.stderr, /--compare: a baseline of one p95 per probe, from an older pg-promote: take the baseline again/);
  });
});
