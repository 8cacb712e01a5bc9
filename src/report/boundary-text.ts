import type { PromoteResult } from '../result.js';

/** Text lines for the boundary check's findings (CLI and action logs). */
export function boundaryLines(_result: PromoteResult): string[] {
  return [];
}
