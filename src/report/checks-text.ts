import type { PromoteResult } from '../result.js';

/** Text lines for the verification checks' results (CLI and action logs). */
export function checkLines(_result: PromoteResult): string[] {
  return [];
}
