import type { PromoteResult } from '../result.js';

/** Text lines for migration lint findings (CLI and action logs). */
export function lintLines(_result: PromoteResult): string[] {
  return [];
}
