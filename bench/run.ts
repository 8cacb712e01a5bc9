import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startThrowawayCluster, type ThrowawayCluster } from '../src/cluster/throwaway.js';
import { Redactor } from '../src/secrets/redact.js';
import type { Measurement } from './harness.js';
import { backupSpeed } from './backup-speed.js';
import { boundarySpeed } from './boundary-speed.js';
import { coldStart } from './cold-start.js';
import { latencyGate } from './latency-gate.js';
import { lintSpeed } from './lint-speed.js';
import { migrateSpeed } from './migrate-speed.js';
import { noopSpeed } from './noop-speed.js';
import { promotionLoad } from './promotion-load.js';
import { verifySpeed } from './verify-speed.js';
import { RESULTS_PATH, writeResultsSection } from './table.js';

// A new measurement is one file exporting a Measurement, added here.
const MEASUREMENTS: readonly Measurement[] = [migrateSpeed, noopSpeed, coldStart, backupSpeed, verifySpeed, boundarySpeed, lintSpeed, promotionLoad, latencyGate];

const benchDir = path.dirname(fileURLToPath(import.meta.url));

/** `npm run bench -- <id>...` runs a subset, so one slow measurement need not hold up another. */
function selected(): Measurement[] {
  const wanted = process.argv.slice(2);
  if (wanted.length === 0) return [...MEASUREMENTS];
  const unknown = wanted.filter((id) => !MEASUREMENTS.some((m) => m.id === id));
  if (unknown.length > 0) {
    throw new Error(`unknown measurement ${unknown.join(', ')}; known: ${MEASUREMENTS.map((m) => m.id).join(', ')}`);
  }
  return MEASUREMENTS.filter((m) => wanted.includes(m.id));
}

let liveCluster: ThrowawayCluster | undefined;

// Ctrl-C must not leave a postgres server and its data folder behind in /tmp.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    const stopping = liveCluster?.stop() ?? Promise.resolve();
    void stopping.finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

async function runOne(measurement: Measurement): Promise<boolean> {
  console.log(`\n== ${measurement.id}: ${measurement.title}`);
  const redactor = new Redactor();
  // Settings differ per measurement, so each gets its own cluster rather than inheriting another's.
  const cluster = await startThrowawayCluster({ settings: measurement.clusterSettings });
  liveCluster = cluster;
  redactor.add(cluster.password);
  try {
    const workDir = path.join(benchDir, '.work', measurement.id);
    rmSync(workDir, { recursive: true, force: true });
    mkdirSync(workDir, { recursive: true });
    const report = await measurement.run({ cluster, workDir, redact: (text) => redactor.redact(text) });
    const markdown = redactor.redact(report.markdown);
    writeResultsSection(measurement.id, markdown);
    console.log(`\n${markdown}\n\n(written to ${path.relative(process.cwd(), RESULTS_PATH)})`);
    for (const failure of report.failures) console.error(`FAILED: ${redactor.redact(failure)}`);
    return report.failures.length === 0;
  } catch (err) {
    console.error(`FAILED: ${measurement.id}: ${redactor.redact((err as Error).stack ?? String(err))}`);
    return false;
  } finally {
    liveCluster = undefined;
    await cluster.stop();
  }
}

async function main(): Promise<void> {
  let ok = true;
  for (const measurement of selected()) {
    ok = (await runOne(measurement)) && ok;
  }
  if (!ok) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error((err as Error).message ?? err);
  process.exitCode = 1;
});
