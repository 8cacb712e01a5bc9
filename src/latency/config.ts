import { z } from 'zod';

// PLACEHOLDER (pre-wired by the lead): the owner of src/latency/ replaces this section.
export const latencySection = z.strictObject({}).describe('latency');

export type LatencyConfig = Record<string, never>;

export function buildLatencyConfig(_section: z.output<typeof latencySection> | undefined, _root: string): LatencyConfig {
  return {};
}
