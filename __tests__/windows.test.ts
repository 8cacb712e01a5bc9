import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { buildMaintenanceWindowsConfig, DAYS, maintenanceWindowsSection, type MaintenanceWindow } from '../src/windows/config.js';
import { localLabel, nextWindow, openWindow } from '../src/windows/evaluate.js';
import { instantOf } from '../src/windows/zoned-time.js';
import { cli, cliJson } from './harness/cli.js';
import { databaseOf, withEnv } from './harness/postgres.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

const server = await testServer();

const windows = (yaml: Record<string, unknown>) => buildMaintenanceWindowsConfig(maintenanceWindowsSection.parse(yaml), '');
const openAt = (config: ReturnType<typeof windows>, iso: string) => openWindow(config, new Date(iso));

// Every day 09:00-10:00 in Berlin. Berlin moves from CET (+01) to CEST (+02) at 02:00 on Sunday 2026-03-29.
const BERLIN_MORNINGS = { mornings: { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '09:00', end: '10:00', time_zone: 'Europe/Berlin' } };
// Friday night into Saturday in New York (EDT, -04, in late March).
const FRIDAY_NIGHT = { friday_night: { days: ['fri'], start: '22:00', end: '02:00', time_zone: 'America/New_York' } };
const FRIDAY_NIGHT_YAML = `maintenance_windows:
  friday_night:
    days: [fri]
    start: "22:00"
    end: "02:00"
    time_zone: America/New_York
`;
// Friday 2026-03-20 23:30 EDT: inside; Saturday 2026-03-21 12:00 EDT: outside.
const INSIDE = '2026-03-21T03:30:00Z';
const OUTSIDE = '2026-03-21T16:00:00Z';

/** A repository whose config marks `production` (a database of the test cluster) as production. */
async function productionRepo(extra = FRIDAY_NIGHT_YAML): Promise<{ production: string; root: string }> {
  const production = await server.createDatabase('prod');
  const root = makeTree({
    'db/promotion.yml': onePhaseConfig(`production:\n  databases: [${databaseOf(production)}]\n${extra}`),
    'db/migrations/app/001_t.sql': 'CREATE SCHEMA app; CREATE TABLE app.t (id int);',
  });
  return { production, root };
}

const at = <T>(iso: string, work: () => Promise<T>) => withEnv({ PG_PROMOTE_NOW: iso }, work);

const untouched = async (url: string) => {
  const left = await server.query(url, "SELECT to_regclass('app.t') AS t, to_regclass('audit.migration_log') AS h, to_regclass('audit.promotion_events') AS e");
  assert.deepEqual(left.rows[0], { t: null, h: null, e: null }, 'the database was not touched');
};

describe('maintenance windows', () => {
  test('across a daylight-saving change the window keeps its local hours: 09:00-10:00 Berlin is 08:00Z before the switch, 07:00Z after', () => {
    const config = windows(BERLIN_MORNINGS);
    // Saturday, still CET (+01).
    assert.equal(openAt(config, '2026-03-28T07:59:00Z'), undefined);
    const saturday = openAt(config, '2026-03-28T08:30:00Z');
    assert.equal(saturday?.window.name, 'mornings');
    assert.equal(saturday?.opensAt.toISOString(), '2026-03-28T08:00:00.000Z');
    assert.equal(saturday?.closesAt.toISOString(), '2026-03-28T09:00:00.000Z');
    // Sunday, CEST (+02) since 02:00: the same UTC time is now 10:30 local, after the window.
    assert.equal(openAt(config, '2026-03-29T08:30:00Z'), undefined);
    const sunday = openAt(config, '2026-03-29T07:30:00Z');
    assert.equal(sunday?.opensAt.toISOString(), '2026-03-29T07:00:00.000Z');
    assert.equal(sunday?.closesAt.toISOString(), '2026-03-29T08:00:00.000Z');
    // Outside, the next opening is the local 09:00 of the right day, in the right offset.
    assert.equal(nextWindow(config, new Date('2026-03-28T20:00:00Z'))?.opensAt.toISOString(), '2026-03-29T07:00:00.000Z');
  });

  test('a window over the night of a DST change: New York 01:00-04:00 on the spring-forward night is two hours long, on the fall-back night four', () => {
    const config = windows({ night: { days: ['sun'], start: '01:00', end: '04:00', time_zone: 'America/New_York' } });
    const spring = openAt(config, '2026-03-08T07:30:00Z'); // 03:30 EDT
    assert.equal(spring?.opensAt.toISOString(), '2026-03-08T06:00:00.000Z'); // 01:00 EST
    assert.equal(spring?.closesAt.toISOString(), '2026-03-08T08:00:00.000Z'); // 04:00 EDT
    const fall = openAt(config, '2026-11-01T08:30:00Z'); // 03:30 EST
    assert.equal(fall?.opensAt.toISOString(), '2026-11-01T05:00:00.000Z'); // 01:00 EDT
    assert.equal(fall?.closesAt.toISOString(), '2026-11-01T09:00:00.000Z'); // 04:00 EST
  });

  test('a window spanning midnight opens on its listed day and runs into the next', () => {
    const config = windows(FRIDAY_NIGHT);
    assert.equal(openAt(config, '2026-03-21T01:59:00Z'), undefined, 'Friday 21:59: not yet');
    assert.equal(openAt(config, '2026-03-21T02:00:00Z')?.window.name, 'friday_night', 'Friday 22:00: opens');
    assert.equal(openAt(config, INSIDE)?.window.name, 'friday_night', 'Friday 23:30');
    const saturday = openAt(config, '2026-03-21T05:59:00Z');
    assert.equal(saturday?.window.name, 'friday_night', 'Saturday 01:59: still open');
    assert.equal(saturday?.closesAt.toISOString(), '2026-03-21T06:00:00.000Z');
    assert.equal(openAt(config, '2026-03-21T06:00:00Z'), undefined, 'Saturday 02:00: closed');
    assert.equal(openAt(config, '2026-03-20T05:00:00Z'), undefined, 'Thursday night into Friday 01:00: Thursday is not listed');
  });

  test('plan and the summary say which window the run falls in, or the next one', async () => {
    const { production, root } = await productionRepo();
    const inside = await at(INSIDE, () => cliJson(root, ['plan', '--database-url', production]));
    assert.equal(inside.code, 0);
    assert.deepEqual(inside.result.window, {
      checkedAt: '2026-03-21T03:30:00.000Z',
      inside: true,
      production: true,
      name: 'friday_night',
      timeZone: 'America/New_York',
      opensAt: '2026-03-21T02:00:00.000Z',
      closesAt: '2026-03-21T06:00:00.000Z',
      definition: 'fri 22:00-02:00 America/New_York',
    });
    const text = await at(OUTSIDE, () => cli(root, ['plan', '--database-url', production]));
    assert.equal(text.code, 0, 'plan changes nothing, so it is never refused');
    assert.match(text.stdout, /^window: outside every maintenance window at 2026-03-21T16:00:00\.000Z; next: 'friday_night' opens fri 2026-03-27 22:00 America\/New_York$/m);
  });

  test('migrate on production outside every window is refused, exit 2, the database untouched', async () => {
    const { production, root } = await productionRepo();
    const run = await at(OUTSIDE, () => cli(root, ['migrate', '--database-url', production, '--without-backup', 'test database']));
    assert.equal(run.code, 2);
    assert.equal(
      run.stderr.trimEnd(),
      `error: --outside-window: '${databaseOf(production)}' is a production database and 2026-03-21T16:00:00.000Z is outside every maintenance window ` +
        "(db/promotion.yml: maintenance_windows; the next is 'friday_night', opening fri 2026-03-27 22:00 America/New_York): migrate refused. " +
        'Pass --outside-window REASON to run anyway (recorded in the audit trail)',
    );
    await untouched(production);
    const restore = await at(OUTSIDE, () => cli(root, ['restore', '--database-url', production, '--backup', 'backups/x.dump', '--confirm', databaseOf(production)]));
    assert.equal(restore.code, 2);
    assert.match(restore.stderr, /outside every maintenance window .*: restore refused/);
    await untouched(production);
  });

  test('with --outside-window REASON it runs, and the reason is in audit.promotion_events under the run’s execution id', async () => {
    const { production, root } = await productionRepo();
    const reason = 'INC-4711: hotfix for the ingest outage';
    const run = await at(OUTSIDE, () => cliJson(root, ['migrate', '--database-url', production, '--without-backup', 'test database', '--outside-window', reason]));
    assert.equal(run.code, 0, JSON.stringify(run.result.error));
    assert.equal(run.result.counts!.applied, 1);
    assert.deepEqual(run.result.window?.overridden, { reason });
    assert.ok(run.result.warnings.some((w) => w.includes(`outside every maintenance window: ${reason}`)));
    const events = await server.query(production, 'SELECT execution_id::text, event, detail FROM audit.promotion_events ORDER BY id');
    const override = events.rows.find((r) => r.event === 'window.overridden');
    assert.ok(override, JSON.stringify(events.rows));
    assert.equal(override.execution_id, run.result.executionId);
    assert.equal(override.detail.reason, reason);
    assert.equal(override.detail.command, 'migrate');
    assert.equal(override.detail.database, databaseOf(production));
    assert.equal(override.detail.at, '2026-03-21T16:00:00.000Z');
    assert.deepEqual(override.detail.nextWindow, { name: 'friday_night', opensAt: '2026-03-28T02:00:00.000Z', local: 'fri 2026-03-27 22:00 America/New_York' });
  });

  test('inside a window, on a database that is not production, in a dry run, or with no windows configured: allowed, no event', async () => {
    const { production, root } = await productionRepo();
    const dry = await at(OUTSIDE, () => cliJson(root, ['migrate', '--dry-run', '--database-url', production]));
    assert.equal(dry.code, 0, JSON.stringify(dry.result.error));
    assert.equal(dry.result.window?.inside, false);
    const inside = await at(INSIDE, () => cliJson(root, ['migrate', '--database-url', production, '--without-backup', 'test database']));
    assert.equal(inside.code, 0, JSON.stringify(inside.result.error));
    assert.equal(inside.result.window?.name, 'friday_night');
    const events = await server.query(production, "SELECT count(*)::int AS n FROM audit.promotion_events WHERE event = 'window.overridden'");
    assert.equal(events.rows[0].n, 0);

    const staging = await server.createDatabase('staging');
    const other = await at(OUTSIDE, () => cliJson(root, ['migrate', '--database-url', staging]));
    assert.equal(other.code, 0, JSON.stringify(other.result.error));
    assert.equal(other.result.window?.production, false);

    const { production: plain, root: noWindows } = await productionRepo('');
    const none = await at(OUTSIDE, () => cliJson(noWindows, ['migrate', '--database-url', plain, '--without-backup', 'test database']));
    assert.equal(none.code, 0, JSON.stringify(none.result.error));
    assert.equal(none.result.window, undefined);
  });

  test('bad input: a malformed window or an unknown time zone is a config error naming it, exit 2, nothing touched', async () => {
    const window = (fields: string) => `maintenance_windows:\n  nightly:\n${fields}`;
    const ok = { days: '    days: [mon]\n', start: '    start: "22:00"\n', end: '    end: "02:00"\n', zone: '    time_zone: Europe/Berlin\n' };
    const cases: Array<{ name: string; yaml: string; expect: RegExp }> = [
      { name: 'unknown zone', yaml: window(ok.days + ok.start + ok.end + '    time_zone: Europe/Atlantis\n'), expect: /db\/promotion\.yml:\d+: maintenance_windows\.nightly\.time_zone: unknown time zone 'Europe\/Atlantis'/ },
      { name: 'hour 25', yaml: window(ok.days + '    start: "25:00"\n' + ok.end + ok.zone), expect: /maintenance_windows\.nightly\.start: must be a time HH:MM \(00:00 to 24:00\)/ },
      { name: 'no length', yaml: window(ok.days + ok.start + '    end: "22:00"\n' + ok.zone), expect: /maintenance_windows\.nightly\.end: is the same as start \(22:00\): a window needs a length/ },
      { name: 'unknown day', yaml: window('    days: [monday]\n' + ok.start + ok.end + ok.zone), expect: /maintenance_windows\.nightly\.days\.0: / },
      { name: 'no zone', yaml: window(ok.days + ok.start + ok.end), expect: /maintenance_windows\.nightly\.time_zone: is required/ },
    ];
    for (const c of cases) {
      const { production, root } = await productionRepo(c.yaml);
      const run = await at(INSIDE, () => cli(root, ['migrate', '--database-url', production, '--without-backup', 'test database']));
      assert.equal(run.code, 2, `${c.name}: ${run.stdout}${run.stderr}`);
      assert.match(run.stderr, c.expect, c.name);
      await untouched(production);
    }
    const { production, root } = await productionRepo();
    const badClock = await at('next friday', () => cli(root, ['migrate', '--database-url', production]));
    assert.equal(badClock.code, 2);
    assert.match(badClock.stderr, /^error: PG_PROMOTE_NOW is 'next friday'; expected an ISO 8601 instant with an offset/);
    await untouched(production);
  });

  test('on the autumn night east and west of UTC the repeated hour means its first occurrence (Berlin, Lord Howe, New York)', () => {
    const first = (zone: string, start: string, end: string, nowIso: string) =>
      openAt(windows({ w: { days: ['sun'], start, end, time_zone: zone } }), nowIso);
    // Berlin 2026-10-25: 03:00 CEST (01:00Z) goes back to 02:00 CET; 02:15 happens at 00:15Z and again at 01:15Z.
    const berlin = first('Europe/Berlin', '02:15', '02:45', '2026-10-25T00:20:00Z');
    assert.equal(berlin?.opensAt.toISOString(), '2026-10-25T00:15:00.000Z');
    assert.equal(berlin?.closesAt.toISOString(), '2026-10-25T00:45:00.000Z');
    assert.equal(first('Europe/Berlin', '02:15', '02:45', '2026-10-25T01:20:00Z'), undefined, 'the second 02:15 is not the window');
    // Lord Howe 2027-04-04: 02:00 (+11, 15:00Z on the 3rd) goes back half an hour to 01:30 (+10:30).
    const lordHowe = first('Australia/Lord_Howe', '01:45', '03:00', '2027-04-03T14:50:00Z');
    assert.equal(lordHowe?.opensAt.toISOString(), '2027-04-03T14:45:00.000Z');
    assert.equal(lordHowe?.closesAt.toISOString(), '2027-04-03T16:30:00.000Z');
    // New York 2027-11-07: 02:00 EDT (06:00Z) goes back to 01:00 EST; 01:30 is first at 05:30Z.
    assert.equal(first('America/New_York', '01:30', '03:00', '2027-11-07T05:40:00Z')?.opensAt.toISOString(), '2027-11-07T05:30:00.000Z');
  });

  test('on a spring-forward night a window starting in the skipped hour opens when the clock jumps; one wholly inside it does not open that day, and the next opening is the true one', () => {
    // Berlin 2027-03-28: 02:00 CET (01:00Z) jumps to 03:00 CEST.
    const partly = windows({ w: { days: ['sun'], start: '02:30', end: '04:00', time_zone: 'Europe/Berlin' } });
    const open = openAt(partly, '2027-03-28T01:10:00Z');
    assert.equal(open?.opensAt.toISOString(), '2027-03-28T01:00:00.000Z', 'opens at the jump, 03:00 CEST');
    assert.equal(open?.closesAt.toISOString(), '2027-03-28T02:00:00.000Z');
    const skipped = windows({ w: { days: ['sun'], start: '02:15', end: '02:45', time_zone: 'Europe/Berlin' } });
    for (const iso of ['2027-03-28T00:59:00Z', '2027-03-28T01:00:00Z', '2027-03-28T01:30:00Z']) assert.equal(openAt(skipped, iso), undefined, iso);
    const next = nextWindow(skipped, new Date('2027-03-28T00:30:00Z'));
    assert.equal(next?.opensAt.toISOString(), '2027-04-04T00:15:00.000Z', 'the next Sunday, 02:15 CEST');
    assert.equal(localLabel(next!.opensAt, 'Europe/Berlin'), 'sun 2027-04-04 02:15 Europe/Berlin');
    // Asked the evening before, the true next opening is eight days away.
    assert.equal(nextWindow(skipped, new Date('2027-03-27T20:00:00Z'))?.opensAt.toISOString(), '2027-04-04T00:15:00.000Z');
  });

  test('property: around every transition of the next two years in Berlin, Lord Howe, New York and Chatham, windows open and close when the wall clock first reaches their times', () => {
    const zones = ['Europe/Berlin', 'Australia/Lord_Howe', 'America/New_York', 'Pacific/Chatham'];
    const MINUTE = 60_000;
    const HOUR = 60 * MINUTE;
    // The oracle reads the offset from Intl's own "GMT+10:30" name, not from the code under test.
    const offsetFormats = new Map(zones.map((z) => [z, new Intl.DateTimeFormat('en-US', { timeZone: z, timeZoneName: 'longOffset' })]));
    const offsetMinutes = (zone: string, t: number): number => {
      const name = offsetFormats.get(zone)!.formatToParts(new Date(t)).find((p) => p.type === 'timeZoneName')!.value;
      const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
      assert.ok(m, name);
      return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    };
    const start = Math.floor(Date.now() / HOUR) * HOUR;
    const transitions: Array<{ zone: string; at: number; wall: Array<{ t: number; key: number }> }> = [];
    for (const zone of zones) {
      for (let t = start; t < start + 730 * 24 * HOUR; t += 6 * HOUR) {
        if (offsetMinutes(zone, t) === offsetMinutes(zone, t + 6 * HOUR)) continue;
        let lo = t;
        let hi = t + 6 * HOUR;
        while (hi - lo > MINUTE) {
          const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
          if (offsetMinutes(zone, mid) === offsetMinutes(zone, lo)) lo = mid;
          else hi = mid;
        }
        const wall: Array<{ t: number; key: number }> = [];
        for (let m = hi - 6 * HOUR; m <= hi + 14 * HOUR; m += MINUTE) wall.push({ t: m, key: m + offsetMinutes(zone, m) * MINUTE });
        transitions.push({ zone, at: hi, wall });
      }
    }
    for (const zone of zones) assert.ok(transitions.filter((x) => x.zone === zone).length >= 4, `${zone}: two changes a year for two years`);
    const firstReaching = (wall: Array<{ t: number; key: number }>, key: number) => wall.find((w) => w.key >= key)!.t;

    fc.assert(
      fc.property(
        fc.nat({ max: transitions.length - 1 }),
        fc.integer({ min: -180, max: 180 }),
        fc.integer({ min: 1, max: 360 }),
        fc.integer({ min: -180, max: 300 }),
        (which, startFromChange, length, nowFromChange) => {
          const tr = transitions[which]!;
          const wallAtChange = tr.at + offsetMinutes(tr.zone, tr.at - MINUTE) * MINUTE;
          const startKey = wallAtChange + startFromChange * MINUTE;
          const endKey = startKey + length * MINUTE;
          const s = new Date(startKey);
          const e = new Date(endKey);
          const w: MaintenanceWindow = {
            name: 'w',
            days: [DAYS[(s.getUTCDay() + 6) % 7]!],
            start: s.getUTCHours() * 60 + s.getUTCMinutes(),
            end: e.getUTCHours() * 60 + e.getUTCMinutes(),
            timeZone: tr.zone,
            text: '',
          };
          const opens = firstReaching(tr.wall, startKey);
          const closes = firstReaching(tr.wall, endKey);
          assert.equal(instantOf(tr.zone, s.getUTCFullYear(), s.getUTCMonth() + 1, s.getUTCDate(), w.start).getTime(), opens);
          const now = new Date(tr.at + nowFromChange * MINUTE);
          const open = openWindow([w], now);
          if (opens <= now.getTime() && now.getTime() < closes) {
            assert.deepEqual([open?.opensAt.getTime(), open?.closesAt.getTime()], [opens, closes]);
          } else {
            assert.equal(open, undefined);
          }
          const next = nextWindow([w], now);
          if (now.getTime() < opens && opens < closes) assert.equal(next?.opensAt.getTime(), opens);
          else if (now.getTime() < opens) assert.ok(next!.opensAt.getTime() >= opens + 6 * 24 * HOUR, 'a window that does not happen that day is next open a week on');
        },
      ),
      { numRuns: 400 },
    );
  });
});
