import { z } from 'zod';

// PLACEHOLDER (pre-wired by the lead): the owner of src/ramp/ replaces this section.
export const rampSection = z.strictObject({}).describe('ramp');

export type RampConfig = Record<string, never>;

export function buildRampConfig(_section: z.output<typeof rampSection> | undefined, _root: string): RampConfig {
  return {};
}
