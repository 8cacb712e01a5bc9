import type { PromoteResult } from '../result.js';

/** Text lines for the backup and restore stages' results (CLI and action logs). */
export function backupLines(_result: PromoteResult): string[] {
  return [];
}
