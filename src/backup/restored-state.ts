import type pg from 'pg';
import type { PhaseConfig } from '../config/load.js';
import { historyState, readHistory, type HistoryTable } from '../migrate/history.js';
import { compareVersions, parseVersionText } from '../migrate/versions.js';
import { dumpedObjects, qualifiedName } from './catalog.js';
import type { BackupManifest } from './types.js';

/** The runbook's "verify restoration", per phase: the highest version the restored history says is applied. */
export async function latestVersions(client: pg.ClientBase, history: HistoryTable, phases: readonly PhaseConfig[]): Promise<Record<string, string | null>> {
  const state = historyState(await readHistory(client, history));
  const latest: Record<string, string | null> = {};
  for (const phase of phases) {
    const rows = [...(state.applied.get(phase.name)?.values() ?? [])];
    // Numbers in their order; a layout's other versions (a date with dashes, a Sqitch change)
    // in the order the history recorded them, which is the order they were applied in.
    const parts = new Map(rows.map((r) => [r, parseVersionText(r.version ?? '')]));
    const numeric = rows.every((r) => parts.get(r) !== undefined);
    rows.sort((a, b) => (numeric ? compareVersions(parts.get(a)!, parts.get(b)!) : Number(BigInt(a.id) - BigInt(b.id))));
    latest[phase.name] = rows.at(-1)?.version ?? null;
  }
  return latest;
}

/**
 * pg_restore --clean drops only what the backup holds: a table a failed promotion created is
 * still there afterwards, and would make the next migrate fail. Name them.
 */
export async function objectsNotInBackup(client: pg.ClientBase, manifest: BackupManifest): Promise<string[]> {
  const objects = await dumpedObjects(client);
  const tables = new Set(manifest.tables.map(qualifiedName));
  const views = new Set(manifest.views);
  return [
    ...objects.tables.map(qualifiedName).filter((t) => !tables.has(t)).map((t) => `table ${t}`),
    ...objects.views.map(qualifiedName).filter((v) => !views.has(v)).map((v) => `view ${v}`),
  ];
}
