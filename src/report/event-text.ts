import type { EngineEvent } from '../events.js';
import type { FileResult } from '../result.js';
import { stageProgressLine } from './backup-text.js';

/** The engine's progress as plain text, line by line while it works (CLI and action logs); the summary is in text.ts. */
export function renderEvent(event: EngineEvent): string | undefined {
  switch (event.type) {
    case 'connected':
      return `connected to ${event.target} (PostgreSQL ${event.serverVersion})`;
    case 'lock-wait':
      return `waiting for another pg-promote run to finish (${event.holder})`;
    case 'phase-start':
      return event.pending === 0 ? undefined : `phase ${event.phase}: ${event.pending} file${event.pending === 1 ? '' : 's'} to apply`;
    case 'retry':
      return `  ! ${event.file}: ${event.message} [${event.sqlstate}]; retry ${event.attempt}/${event.of} in ${event.waitMs} ms`;
    case 'file-done':
      return `  ${fileLine(event.result)}`;
    case 'stage-step':
      return `${event.stage}: ${event.message}`;
    case 'stage-progress':
      return `  ${stageProgressLine(event)}`;
    case 'progress':
      return `${event.stage}: ${event.message}`;
    default:
      return undefined;
  }
}

const MARK: Record<FileResult['status'], string> = {
  applied: '✓',
  reverted: '↶',
  failed: '✗',
  pending: '·',
  'would-revert': '↶?',
  'up-to-date': '=',
};


export function fileLine(file: FileResult): string {
  const label = file.kind === 'migration' || file.kind === 'down' ? `${file.kind === 'down' ? 'down ' : ''}v${file.version}` : file.kind;
  // The whole milliseconds the history recorded, as recorded.
  const time = file.durationMs === undefined ? '' : `  ${Math.round(file.durationMs)} ms`;
  const retries = file.attempts && file.attempts > 1 ? ` (${file.attempts} attempts)` : '';
  const tx = file.transactional ? '' : ' [no transaction]';
  const note = file.baselined ? `  baselined (from ${file.baselined})` : file.lastFailure ? `  failed (last attempt ${file.lastFailure.at}: ${file.lastFailure.message})` : '';
  return `${MARK[file.status]} ${label.padEnd(8)} ${file.file}${tx}${time}${retries}${note}`;
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}
