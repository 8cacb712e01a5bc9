import { z } from 'zod';
import { lowerName } from '../config/fields.js';

/**
 * Feature flags pg-promote owns: a small table the applications read (rollout percentage per
 * flag), ramped by `ramp` and switched off by `flags off`. Only flags named here exist, so a
 * typo in `--flag` is an error rather than a new flag.
 */
const flagName = lowerName;

export const flagsSection = z
  .strictObject({
    table: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}\.[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'must be schema.table with plain identifiers')
      .default('audit.feature_flags')
      .describe('Table of flags and their rollout percentages, created when missing.'),
    known: z
      .array(z.strictObject({ name: flagName, description: z.string().optional() }))
      .default([])
      .describe('The flags that exist; any other name is an error.'),
    rollback_off: z
      .array(flagName)
      .default([])
      .describe('Flags a rollback sets to 0 before restoring (the services that must stop writing).'),
  })
  .describe('Feature flags: ramped by `pg-promote ramp`, switched off by `pg-promote flags off`.');

export interface FlagsConfig {
  table: { schema: string; table: string };
  known: { name: string; description?: string }[];
  rollbackOff: string[];
}

export function buildFlagsConfig(s: z.output<typeof flagsSection>): FlagsConfig {
  const [schema, table] = s.table.split('.') as [string, string];
  return { table: { schema, table }, known: s.known, rollbackOff: s.rollback_off };
}
