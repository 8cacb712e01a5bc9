/**
 * A stand-in for the vh ingest service (the runbook's ehg-ingest) for the demo, the tests and
 * the ramp bench: every tick it runs one "ingest" (a vh.ingest_runs row) and logs it (an
 * audit.service_logs row). Runs pick a rollout cohort (0-99); a run whose cohort is below the
 * `ingest` flag's percentage takes the new code path. Healthy, every run succeeds; failing,
 * the new path fails (ERROR logged, run failed), so the damage grows with the rollout, as a
 * real bad release would.
 *
 *   node --import tsx scripts/ingest-sim.ts --database-url URL [--interval 200ms] [--fail] [--fail-after 5s]
 *
 * SIGUSR1 switches it to failing, SIGUSR2 back to healthy, SIGINT/SIGTERM stop it.
 * The URL may also come from DATABASE_URL (keeps the password off the command line).
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { parseDuration } from '../src/config/duration.js';
import { readFlags } from '../src/flags/store.js';

export type IngestMode = 'healthy' | 'failing';

export interface IngestSimOptions {
  databaseUrl: string;
  intervalMs?: number;
  mode?: IngestMode;
  /** The flag whose percentage decides which runs take the new path. */
  flag?: string;
  flagsTable?: { schema: string; table: string };
}

export interface IngestStats {
  runs: number;
  failed: number;
  mode: IngestMode;
}

export interface IngestSim {
  setMode(mode: IngestMode): void;
  stats(): IngestStats;
  /** Stops after the run in progress; resolves when the connection is closed. */
  stop(): Promise<IngestStats>;
}

// One statement per run: the run and its log line appear together or not at all.
const RUN_SQL = `
WITH source AS (
  SELECT id FROM vh.ingest_sources WHERE enabled ORDER BY random() LIMIT 1
), run AS (
  INSERT INTO vh.ingest_runs (source_id, started_at, finished_at, status, rows_read, rows_written, error_message, trigger_kind, rollout_cohort)
  SELECT id, now(), now(), $1::text, $2::int, CASE WHEN $1::text = 'success' THEN $2::int ELSE 0 END, $3::text, 'schedule', $4::smallint
  FROM source
  RETURNING id
)
INSERT INTO audit.service_logs (service, level, message, context)
SELECT 'ehg-ingest', $5::text, $6::text, jsonb_build_object('run_id', run.id, 'cohort', $4::int, 'rollout_pct', $7::int)
FROM run`;

async function connect(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'ingest-sim' });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** A lost connection or a server going away (not an error in the SQL): connect again next tick. */
const connectionGone = (err: unknown): boolean => {
  const code = (err as { code?: string }).code;
  return code === undefined || code.startsWith('08') || code.startsWith('57P');
};

export async function startIngestSim(options: IngestSimOptions): Promise<IngestSim> {
  let client: pg.Client | undefined = await connect(options.databaseUrl);
  const flagsConfig = { table: options.flagsTable ?? { schema: 'audit', table: 'feature_flags' }, known: [], rollbackOff: [] };
  const flag = options.flag ?? 'ingest';
  const intervalMs = options.intervalMs ?? 200;
  let mode: IngestMode = options.mode ?? 'healthy';
  const counts = { runs: 0, failed: 0 };
  let stopping = false;

  const once = async (client: pg.Client) => {
    const [state] = await readFlags(client, flagsConfig, [flag]);
    const percentage = state?.percentage ?? 0;
    const cohort = Math.floor(Math.random() * 100);
    const fails = mode === 'failing' && cohort < percentage;
    const rows = 200 + Math.floor(Math.random() * 800);
    await client.query(RUN_SQL, [
      fails ? 'failed' : 'success',
      fails ? 0 : rows,
      fails ? 'new ingest path: upstream timeout after 30s' : null,
      cohort,
      fails ? 'ERROR' : 'INFO',
      fails ? 'ingest run failed: upstream timeout after 30s' : 'batch committed',
      percentage,
    ]);
    counts.runs++;
    if (fails) counts.failed++;
  };

  const loop = (async () => {
    while (!stopping) {
      const started = Date.now();
      try {
        client ??= await connect(options.databaseUrl);
        await once(client);
      } catch (err) {
        // A migration holding a lock, a restart: a real service retries on its next tick too,
        // on a new connection when the old one is gone.
        if (connectionGone(err)) {
          await client?.end().catch(() => undefined);
          client = undefined;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, intervalMs - (Date.now() - started))));
    }
  })();

  const stats = () => ({ ...counts, mode });
  return {
    setMode(next) {
      mode = next;
    },
    stats,
    async stop() {
      stopping = true;
      await loop;
      await client?.end().catch(() => undefined);
      return stats();
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      interval: { type: 'string', default: '200ms' },
      fail: { type: 'boolean', default: false },
      'fail-after': { type: 'string' },
      flag: { type: 'string', default: 'ingest' },
    },
  });
  const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('ingest-sim needs --database-url URL or DATABASE_URL');
  const intervalMs = parseDuration(values.interval);
  if (!intervalMs) throw new Error(`--interval must be a duration longer than zero such as 200ms, not '${values.interval}'`);
  const sim = await startIngestSim({ databaseUrl, intervalMs, mode: values.fail ? 'failing' : 'healthy', flag: values.flag });
  const say = (text: string) => process.stderr.write(`ingest-sim: ${text}\n`);
  say(`running every ${intervalMs} ms, ${sim.stats().mode} (SIGUSR1: fail, SIGUSR2: heal)`);
  const switchTo = (mode: IngestMode) => {
    sim.setMode(mode);
    say(`now ${mode}`);
  };
  process.on('SIGUSR1', () => switchTo('failing'));
  process.on('SIGUSR2', () => switchTo('healthy'));
  if (values['fail-after']) {
    const after = parseDuration(values['fail-after']);
    if (after === undefined) throw new Error(`--fail-after must be a duration such as 5s, not '${values['fail-after']}'`);
    setTimeout(() => switchTo('failing'), after).unref();
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void sim.stop().then((s) => {
        say(`stopped: ${s.runs} runs, ${s.failed} failed`);
        process.exit(0);
      });
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    process.stderr.write(`ingest-sim: ${(err as Error).message}\n`);
    process.exit(2);
  });
}
