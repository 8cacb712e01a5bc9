import { configError, Drift, PromoteError, usageError } from '../errors/promote-error.js';
import type { PhaseFiles } from '../migrate/source.js';
import { readerOf } from './detect.js';
import { checksumMatches } from './foreign-checksums.js';
import { numericKey, type ForeignEntry, type ForeignHistory, type Tool } from './foreign-history.js';

/**
 * What baselining needs of a phase's migration files, in the order they apply: the version as
 * pg-promote records it, the file (for messages and the history), pg-promote's checksum, and
 * the file's whole text as the other tool read it (for that tool's checksum).
 */
export interface BaselineFile {
  version: string;
  file: string;
  checksum: string;
  content: string;
  /** What the tool's own history records for it, when the phase is read in that tool's layout. */
  historyKey?: string;
  /** The file on disk, for a tool that hashes its bytes (Sqitch), read only then. */
  abs?: string;
}

export const baselineFiles = (files: PhaseFiles): BaselineFile[] =>
  files.migrations.map((m) => ({ version: m.version.text, file: m.path.rel, checksum: m.checksum, content: m.sql, historyKey: m.historyKey, abs: m.path.abs }));

/** `--to VERSION`, or another tool's history (`--from`). */
export type BaselineSource = { to: string } | { history: ForeignHistory };

/** A version to record as applied, without running it. */
export interface BaselineRow {
  version: string;
  file: string;
  checksum: string;
}

export interface BaselineDrift {
  version: string;
  file: string;
  /** The checksum the other tool recorded, and the one the file has now, as that tool computes it. */
  recorded: string;
  computed: string;
}

export interface BaselinePlan {
  phase: string;
  /** `--to 12`, or `flyway (public.flyway_schema_history)`. */
  source: string;
  /** The tool whose history was read (`--from`). */
  tool?: Tool;
  mark: BaselineRow[];
  /** Versions left for migrate, in order; `gaps` are those below the highest one marked. */
  pending: string[];
  gaps: string[];
  /** Files the other tool applied that have changed since (not marked). */
  drift: BaselineDrift[];
  /** Versions pg-promote's history already has for the phase: left as they are. */
  alreadyRecorded: string[];
}

const HOW_TO_REPAIR: Partial<Record<ForeignHistory['tool'], string>> = {
  'golang-migrate': 'fix the database by hand, then `migrate force VERSION`',
  flyway: 'fix the database, then `flyway repair`',
  prisma: 'fix the database, then `prisma migrate resolve`',
  sqitch: 'fix the database, then deploy or revert that change with sqitch',
};

/**
 * Which versions to record as applied. Refuses (a config error, exit 2, naming the table and the
 * version; nothing recorded) when the other tool's history says a migration is dirty or failed,
 * or names a version no file has; `--to` a version no file has is a usage error.
 */
export function planBaseline(phase: string, files: readonly BaselineFile[], source: BaselineSource, recorded: ReadonlySet<string> = new Set()): BaselinePlan {
  const { marked, drift } = 'to' in source ? upTo(phase, files, source.to) : fromHistory(phase, files, source.history);
  const label = 'to' in source ? `--to ${source.to}` : `${source.history.tool} (${source.history.table})`;
  const tool = 'history' in source ? { tool: source.history.tool } : {};
  const mark: BaselineRow[] = [];
  const pending: string[] = [];
  const gaps: string[] = [];
  const alreadyRecorded: string[] = [];
  const highest = Math.max(-1, ...marked);
  files.forEach((f, i) => {
    if (recorded.has(f.version)) alreadyRecorded.push(f.version);
    else if (marked.has(i)) mark.push({ version: f.version, file: f.file, checksum: f.checksum });
    else if (!drift.some((d) => d.version === f.version)) {
      pending.push(f.version);
      if (i < highest) gaps.push(f.version);
    }
  });
  return { phase, source: label, ...tool, mark, pending, gaps, drift, alreadyRecorded };
}

interface Marking {
  /** Indexes of the files to mark. */
  marked: Set<number>;
  drift: BaselineDrift[];
}

function upTo(phase: string, files: readonly BaselineFile[], version: string): Marking {
  const index = files.findIndex((f) => numericKey(f.version) === numericKey(version));
  if (index < 0) {
    const range = files.length > 0 ? `its versions run from ${files[0]!.version} to ${files[files.length - 1]!.version}` : 'it has no migration files';
    throw usageError(`version ${version} is no migration of phase '${phase}' (${range})`, { key: '--to', phase, version });
  }
  return { marked: new Set(Array.from({ length: index + 1 }, (_, i) => i)), drift: [] };
}

function fromHistory(phase: string, files: readonly BaselineFile[], history: ForeignHistory): Marking {
  refuseUnfinished(phase, history);
  const marked = new Set<number>();
  const drift: BaselineDrift[] = [];
  const key = readerOf(history.tool).key;
  const byKey = new Map(files.map((f, i) => [key(f.version), i]));
  // A phase read in the tool's own layout knows exactly what that tool recorded for each file.
  const byHistoryKey = new Map(files.flatMap((f, i) => (f.historyKey === undefined ? [] : [[f.historyKey, i] as const])));
  const missing: ForeignEntry[] = [];
  for (const entry of history.entries) {
    const index = byHistoryKey.get(entry.name ?? entry.version) ?? byHistoryKey.get(entry.version) ?? byKey.get(key(entry.version));
    if (entry.state === 'through' || entry.state === 'baseline') {
      const last = index ?? (entry.state === 'baseline' ? lastAtOrBelow(files.map((f) => key(f.version)), key(entry.version)) : undefined);
      if (last === undefined) missing.push(entry);
      else for (let i = 0; i <= last; i++) marked.add(i);
    } else if (index === undefined) {
      missing.push(entry);
    } else {
      const file = files[index]!;
      const check = checksumMatches(history.tool, entry, file);
      if (check && !check.matches) drift.push({ version: file.version, file: file.file, recorded: entry.checksum!, computed: check.computed });
      else marked.add(index);
    }
  }
  if (missing.length > 0) {
    const names = missing.slice(0, 5).map((e) => e.name ?? e.version).join(', ') + (missing.length > 5 ? `, … (${missing.length} in all)` : '');
    throw configError(
      `${history.table} records ${missing.length === 1 ? 'a migration' : `${missing.length} migrations`} that no file of phase '${phase}' has: ${names}; restore the file${missing.length === 1 ? '' : 's'}, or point the phase at the folder ${history.tool} ran`,
      { object: history.table, phase, version: missing[0]!.version },
    );
  }
  return { marked, drift };
}

function refuseUnfinished(phase: string, history: ForeignHistory): void {
  const bad = history.entries.find((e) => e.state === 'dirty' || e.state === 'failed');
  if (!bad) return;
  const repair = HOW_TO_REPAIR[history.tool];
  throw configError(
    `${history.table} says migration ${bad.name ?? bad.version} is ${bad.state === 'dirty' ? 'dirty (it stopped part-way)' : 'failed'}; ` +
      `pg-promote takes over only a finished history${repair ? `: ${repair}` : ''}, then run baseline again`,
    { object: history.table, phase, version: bad.version },
  );
}

/** The last file whose version is at or below `limit` (numeric versions only): Flyway's baseline needs no file of its own. */
function lastAtOrBelow(keys: readonly string[], limit: string): number | undefined {
  const parts = (v: string) => (/^\d+(\.\d+)*$/.test(v) ? v.split('.').map(BigInt) : undefined);
  const max = parts(limit);
  if (!max) return undefined;
  let last: number | undefined;
  keys.forEach((k, i) => {
    const p = parts(k);
    if (p && compareParts(p, max) <= 0) last = i;
  });
  return last ?? -1;
}

function compareParts(a: readonly bigint[], b: readonly bigint[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0n;
    const y = b[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Drift found while planning, as the error a command reports (exit 1), naming each file and both checksums. */
export function baselineDriftError(plan: BaselinePlan): PromoteError | undefined {
  const first = plan.drift[0];
  if (!first) return undefined;
  const more = plan.drift.length > 1 ? ` (and ${plan.drift.length - 1} more: ${plan.drift.slice(1, 6).map((d) => d.file).join(', ')})` : '';
  return new Drift(`changed since ${plan.source} applied it: ${plan.tool} recorded checksum ${first.recorded}, the file now has ${first.computed}${more}; nothing was recorded`,
    { file: first.file, phase: plan.phase, version: first.version },
  );
}
