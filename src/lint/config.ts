import { z } from 'zod';
import { RULE_BY_ID, RULE_IDS, type RuleId } from './rules/index.js';
import { NEWEST_KNOWN_VERSION, OLDEST_SUPPORTED_VERSION } from './version.js';

/**
 * A rule the config may switch off. What migrate refuses outright (a parse error, BEGIN in a
 * file, a bad file name) cannot be: lint would pass a file that migrate then stops on.
 */
const DISABLEABLE = RULE_IDS.filter((id) => RULE_BY_ID.get(id)?.allowable !== false) as [RuleId, ...RuleId[]];
const disableableRule = z.enum(DISABLEABLE, {
  error: (issue) =>
    RULE_BY_ID.has(String(issue.input))
      ? `lint rule '${String(issue.input)}' cannot be disabled: migrate refuses what it finds`
      : `unknown lint rule '${String(issue.input)}' (rules that can be disabled: ${DISABLEABLE.join(', ')})`,
});

/** promotion.yml's `lint` section. */
export const lintSection = z
  .strictObject({
    postgres_version: z
      .number()
      .int()
      .min(OLDEST_SUPPORTED_VERSION, `pg-promote supports PostgreSQL ${OLDEST_SUPPORTED_VERSION} and later`)
      .max(NEWEST_KNOWN_VERSION, `lint knows PostgreSQL up to ${NEWEST_KNOWN_VERSION}`)
      .default(OLDEST_SUPPORTED_VERSION)
      .describe(`PostgreSQL major version lint assumes without --database-url (with one, the server's own is used). Default: ${OLDEST_SUPPORTED_VERSION}, the oldest supported.`),
    disable: z.array(disableableRule).default([]).describe('Lint rules that report nothing, in every file.'),
    overrides: z
      .array(
        z.strictObject({
          paths: z.array(z.string().min(1)).min(1, 'must list at least one path glob').describe('Migration files (globs relative to the root).'),
          disable: z.array(disableableRule).min(1, 'must name at least one rule').describe('Lint rules that report nothing in these files.'),
        }),
      )
      .default([])
      .describe('Rules switched off for some files only: history that is applied everywhere and never edited again.'),
  })
  .describe('Migration lint.');

/** A phase's `lint` key: where its history ends. */
export const phaseLintSection = z
  .strictObject({
    since: z
      .union([z.string(), z.number().int().min(0)])
      .transform((v) => String(v))
      .refine((v) => v.trim() !== '', 'must be a migration version of the phase, such as 42, 2.1 or 2019-06-05-123456')
      .optional()
      .describe('Files up to and including this version are not linted: applied history, which editing would turn into drift.'),
  })
  .describe("Lint settings of this phase's migrations.");

export interface LintConfig {
  postgresVersion: number;
  disable: RuleId[];
  overrides: Array<{ paths: string[]; disable: RuleId[] }>;
}

export interface PhaseLintConfig {
  /** Normalised version text: files at or below it are history and not linted. */
  since?: string;
}

export function buildLintConfig(s: z.output<typeof lintSection>): LintConfig {
  return { postgresVersion: s.postgres_version, disable: s.disable, overrides: s.overrides };
}
