import type { PromoteResult } from '../result.js';

// PLACEHOLDER (pre-wired by the lead): the owner of this stage fills these in.
/** Summary lines for the CLI and the action's log. */
export function notifyLines(_result: PromoteResult): string[] {
  return [];
}

/** Job-summary sections (markdown). */
export function notifyMarkdown(_result: PromoteResult): string[] {
  return [];
}
