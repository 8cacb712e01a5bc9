import { z } from 'zod';

// PLACEHOLDER (pre-wired by the lead): the owner of src/review/ replaces this section.
export const reviewSection = z.strictObject({}).describe('review');

export type ReviewConfig = Record<string, never>;

export function buildReviewConfig(_section: z.output<typeof reviewSection> | undefined, _root: string): ReviewConfig {
  return {};
}
