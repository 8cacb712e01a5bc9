import { z } from 'zod';
import { DURATION_PATTERN } from './duration.js';

/**
 * promotion.yml, as written by people. Unknown keys are errors (a typo must not be ignored),
 * and identifiers are restricted to plain names so nothing in the config can smuggle SQL.
 */
const identifier = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'must be a plain identifier (letters, digits, _ and $; at most 63)');

const duration = z
  .string()
  .regex(new RegExp(DURATION_PATTERN), 'must be a duration such as 250ms, 5s, 10min or 1h');

const repoPath = z.string().min(1, 'must not be empty');

const phase = z
  .strictObject({
    name: z.string().regex(/^[a-z][a-z0-9_-]{0,62}$/, 'must be lower-case letters, digits, _ or -'),
    schema: identifier.describe('The schema this phase owns.'),
    migrations: repoPath.describe('Folder of versioned migration files (NNN_name.sql).'),
    views: z.array(repoPath).default([]).describe('View files, re-applied whenever they change.'),
    policies: z.array(repoPath).default([]).describe('Row-level security policy files, re-applied whenever they change.'),
    down: repoPath.optional().describe('Folder of DOWN files, named with the same version as the file they undo.'),
  })
  .describe('One phase: a schema and the files that build it.');

export const promotionConfigSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1).default(1),
    history_table: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}\.[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'must be schema.table with plain identifiers')
      .default('audit.migration_log')
      .describe('Schema history table, created when missing.'),
    lock_timeout: duration.default('5s').describe('PostgreSQL lock_timeout for every migration statement.'),
    lock_retries: z.number().int().min(0).max(100).default(5).describe('Retries of a file after SQLSTATE 55P03 (lock not available).'),
    lock_retry_backoff: duration.default('1s').describe('Wait before the first retry; doubles each time.'),
    statement_timeout: duration.default('10min').describe('PostgreSQL statement_timeout for every migration statement.'),
    advisory_lock_wait: duration.default('60s').describe('How long a run waits for another run on the same database to finish.'),
    out_of_order: z.boolean().default(false).describe('Allow applying a file whose version is below the newest applied one.'),
    phases: z.array(phase).min(1, 'must list at least one phase'),
  })
  .describe('pg-promote configuration (db/promotion.yml).');

export type PromotionConfigInput = z.input<typeof promotionConfigSchema>;
export type PromotionConfigFile = z.output<typeof promotionConfigSchema>;
