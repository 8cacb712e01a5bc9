import { z } from 'zod';
import { NEWEST_KNOWN_VERSION, OLDEST_SUPPORTED_VERSION } from './version.js';

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
  })
  .describe('Migration lint.');

export interface LintConfig {
  postgresVersion: number;
}

export function buildLintConfig(s: z.output<typeof lintSection>): LintConfig {
  return { postgresVersion: s.postgres_version };
}
