import type { DriftFinding } from '../result.js';
import type { MigrationFile, PhaseFiles } from './source.js';
import type { HistoryRow, HistoryState } from './history.js';
import { repeatableKey } from './history.js';
import type { SqlFile } from './sql-file.js';
import { compareVersions, parseVersionText } from './versions.js';

export type RepeatableReason = 'new' | 'changed' | 'schema-changed';

export interface PlannedRepeatable {
  kind: 'view' | 'policy';
  file: SqlFile;
  /** Absent when the file is up to date. */
  reason?: RepeatableReason;
  previousChecksum?: string;
}

export interface PhasePlan {
  files: PhaseFiles;
  pending: MigrationFile[];
  upToDate: MigrationFile[];
  repeatables: PlannedRepeatable[];
  drift: DriftFinding[];
  currentVersion?: string;
  /** The history row of each applied version (baselined ones say so in applied_by). */
  applied: ReadonlyMap<string, HistoryRow>;
  /** Pending versions whose last attempt failed: that failed row. */
  lastFailures: ReadonlyMap<string, HistoryRow>;
}

/**
 * Compares files with history. Drift (an applied file edited or deleted, or a new file sorting
 * below the newest applied one) is reported, never applied around. View and policy files are
 * re-applied when they changed, and also when the phase's schema changed since they were last
 * applied: a DOWN may have dropped what they created, and new tables need their policies.
 */
export function planPhase(files: PhaseFiles, state: HistoryState, rows: readonly HistoryRow[], outOfOrder: boolean): PhasePlan {
  const phase = files.phase.name;
  const applied = state.applied.get(phase) ?? new Map<string, HistoryRow>();
  const drift: DriftFinding[] = [];
  const byVersion = new Map(files.migrations.map((f) => [f.version.text, f]));

  for (const [version, row] of applied) {
    const file = byVersion.get(version);
    if (!file) {
      drift.push({
        phase, version, file: row.file_name, reason: 'missing', appliedChecksum: row.checksum,
        message: `applied migration ${row.file_name} (version ${version}) is missing from ${files.phase.migrations.rel}`,
      });
    } else if (file.checksum !== row.checksum) {
      drift.push({
        phase, version, file: file.path.rel, reason: 'changed', appliedChecksum: row.checksum, currentChecksum: file.checksum,
        message: `applied migration was edited after it ran: checksum applied ${row.checksum.slice(0, 12)}…, now ${file.checksum.slice(0, 12)}…`,
      });
    }
  }

  const pending = files.migrations.filter((f) => !applied.has(f.version.text));
  const upToDate = files.migrations.filter((f) => applied.has(f.version.text));
  const newest = [...applied.keys()]
    // A layout's version that is not a number (a Sqitch change) compares by the file's place.
    .map((v) => ({ v, parts: byVersion.get(v)?.version.parts ?? parseVersionText(v) ?? [] }))
    .sort((a, b) => compareVersions(b.parts, a.parts))[0];
  if (newest && !outOfOrder) {
    for (const file of pending) {
      if (compareVersions(file.version.parts, newest.parts) < 0) {
        drift.push({
          phase, version: file.version.text, file: file.path.rel, reason: 'out-of-order',
          message: `version ${file.version.text} sorts below the newest applied version ${newest.v}; renumber it, or set out_of_order: true`,
        });
      }
    }
  }

  const schemaChangedAt = lastSchemaChange(rows, phase);
  const repeatable = (kind: 'view' | 'policy') => (file: SqlFile): PlannedRepeatable => {
    const last = state.repeatables.get(repeatableKey(phase, kind, file.path.rel));
    let reason: RepeatableReason | undefined;
    if (!last) reason = 'new';
    else if (last.checksum !== file.checksum) reason = 'changed';
    else if (pending.length > 0 || BigInt(last.id) < schemaChangedAt) reason = 'schema-changed';
    return { kind, file, reason, previousChecksum: last?.checksum };
  };

  return {
    files,
    pending,
    upToDate,
    repeatables: [...files.views.map(repeatable('view')), ...files.policies.map(repeatable('policy'))],
    drift,
    currentVersion: newest?.v,
    applied,
    lastFailures: lastFailures(rows, phase, pending),
  };
}

function lastFailures(rows: readonly HistoryRow[], phase: string, pending: readonly MigrationFile[]): Map<string, HistoryRow> {
  const wanted = new Set(pending.map((f) => f.version.text));
  const last = new Map<string, HistoryRow>();
  for (const row of rows) if (row.phase === phase && row.kind === 'migration' && row.version !== null && wanted.has(row.version)) last.set(row.version, row);
  for (const [version, row] of last) if (row.success) last.delete(version);
  return last;
}

function lastSchemaChange(rows: readonly HistoryRow[], phase: string): bigint {
  let last = 0n;
  for (const row of rows) {
    if (row.phase === phase && row.success && (row.kind === 'migration' || row.kind === 'down')) {
      const id = BigInt(row.id);
      if (id > last) last = id;
    }
  }
  return last;
}
