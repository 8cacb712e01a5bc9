import type { BackupSummary, PitrStatus, RestoreSummary } from '../backup/types.js';
import type { EngineEvent } from '../events.js';
import type { AnyResult } from '../result.js';
import { formatBytes } from './bytes.js';

/** Text lines for the backup and restore stages' results (CLI and action logs). */
export function backupLines(result: AnyResult): string[] {
  const lines: string[] = [];
  if (result.backup) lines.push(...backupSummaryLines(result.backup));
  if (result.restore) lines.push(...restoreLines(result.restore));
  return lines;
}

function backupSummaryLines(b: BackupSummary): string[] {
  const lines = [
    `backup: ${b.path} (${b.format}${b.encrypted ? ', encrypted AES-256-GCM' : ''}, ${formatBytes(b.sizeBytes)}, sha256 ${b.sha256})`,
    `  taken ${b.takenAt}${b.walLsn ? ` at WAL ${b.walLsn}` : ''} with pg_dump ${b.pgDump.version}`,
    `  verified: pg_restore --list holds ${count(b.toc.tables, 'table')}, ${count(b.toc.views, 'view')}, ${count(b.toc.policies, 'policy', 'policies')} (${b.toc.entries} entries)`,
  ];
  if (b.deep) {
    lines.push(
      `  verified: restored into a scratch database: ${count(b.deep.tables, 'table')} and ${b.deep.rows.toLocaleString('en-US')} rows match (${seconds(b.deep.durationMs)}; dropped)`,
    );
  }
  lines.push(`  manifest: ${b.manifestPath}`);
  lines.push(`  ${pitrLine(b.pitr)}`);
  lines.push(`  took ${seconds(b.durationMs)}: dump ${seconds(b.timings.dumpMs)}, verification ${seconds(b.timings.verifyMs)}${b.timings.deepMs === undefined ? '' : `, deep verification ${seconds(b.timings.deepMs)}`}`);
  return lines;
}

/** Anything short of ready is also a warning of the result, printed once, below. */
export function pitrLine(p: PitrStatus): string {
  if (p.status === 'ready') return `PITR: ready: ${p.message}`;
  return `PITR: ${p.status === 'unknown' ? 'cannot be confirmed' : 'NOT READY'} (see the warning below)`;
}

function restoreLines(r: RestoreSummary): string[] {
  const versions = Object.entries(r.latestVersions).map(([phase, v]) => `${phase} ${v ?? '(none)'}`).join(', ');
  return [
    `restore: ${r.database} restored from ${r.backupPath} (taken ${r.takenAt}${r.walLsn ? ` at WAL ${r.walLsn}` : ''}) in ${seconds(r.durationMs)}`,
    `  latest version per phase (the runbook's "verify restoration"): ${versions || 'no history table in the backup'}`,
    ...(r.noticePath ? [`  rollback notice written to ${r.noticePath}:`] : ['  rollback notice:']),
    '',
    ...r.notice.trimEnd().split('\n'),
    '',
  ];
}

export function stageProgressLine(event: Extract<EngineEvent, { type: 'stage-progress' }>): string {
  const size = event.bytes === undefined ? '' : `${formatBytes(event.bytes)}${event.totalBytes ? ` of ${formatBytes(event.totalBytes)}` : ''} ${event.done ? 'written' : 'so far'}, `;
  return `${event.step}: ${size}${seconds(event.elapsedMs)}${event.done ? '' : ' …'}`;
}


const seconds = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
