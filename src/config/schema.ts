import { z } from 'zod';
import { duration, identifier, qualifiedName } from './fields.js';
import { flagsSection } from '../flags/config.js';
import { latencySection } from '../latency/config.js';
import { lintSection, phaseLintSection } from '../lint/config.js';
import { notificationsSection } from '../notify/config.js';
import { rampSection } from '../ramp/config.js';
import { reviewSection } from '../review/config.js';
import { maintenanceWindowsSection } from '../windows/config.js';
import { LAYOUT_NAMES } from '../migrate/layouts/types.js';

/**
 * promotion.yml, as written by people. Unknown keys are errors (a typo must not be ignored),
 * and identifiers are restricted to plain names so nothing in the config can smuggle SQL.
 */
const repoPath = z.string().min(1, 'must not be empty');

/** What `verify` checks for a phase (issue: verification stage). */
const viewPattern = z
  .string()
  .regex(
    /^[A-Za-z_][A-Za-z0-9_$]{0,62}\.([A-Za-z_][A-Za-z0-9_$]{0,62}|\*)$/,
    'must be schema.view with plain identifiers, or schema.* for every view in the schema',
  );

const rowCount = z
  .strictObject({
    table: qualifiedName,
    exact: z.number().int().min(0).optional(),
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(0).optional(),
  })
  .refine((r) => r.exact !== undefined || r.min !== undefined || r.max !== undefined, 'needs exact, min or max')
  .refine((r) => r.exact === undefined || (r.min === undefined && r.max === undefined), 'exact excludes min and max')
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'min must not exceed max');

const phaseVerify = z
  .strictObject({
    expect_tables: z.array(identifier).optional().describe("Tables that must exist in the phase's schema; default: whatever its migrations created."),
    expect_views: z.array(qualifiedName).optional().describe("Views that must exist; default: whatever the phase's migrations and view files created."),
    rls: z
      .strictObject({
        required: z.boolean().default(false).describe("Every table in the phase's schema must have RLS enabled and at least one policy."),
        force: z.boolean().default(false).describe('Also require FORCE ROW LEVEL SECURITY.'),
        definer_views: z
          .array(qualifiedName)
          .default([])
          .describe("Views reviewed to read RLS tables with their owner's rights (not security_invoker); any other such view fails lint.definer-view."),
      })
      .prefault({}),
    roles: z
      .array(
        z.strictObject({
          role: identifier,
          denied: z.array(qualifiedName).default([]).describe('Objects this role must NOT be able to read (SQLSTATE 42501).'),
          allowed: z.array(qualifiedName).default([]).describe('Objects this role must be able to read.'),
        }),
      )
      .default([])
      .describe('Role access, tried with SET ROLE inside a transaction that is always rolled back.'),
    boundaries: z
      .array(
        z.strictObject({
          writers: z.string().regex(/^[A-Za-z0-9_%$]{1,63}$/, 'must be a role name or LIKE pattern such as vh_%'),
          protected: z.array(identifier).min(1, 'must name at least one schema'),
        }),
      )
      .default([])
      .describe('Roles matching `writers` must not be able to write anything in the `protected` schemas.'),
    views: z
      .strictObject({
        schemas: z.array(identifier).default([]).describe("Every view in these schemas (and the phase's own) must be selectable (LIMIT 0)."),
        require_rows: z.array(viewPattern).default([]).describe('Views that must return at least one row; schema.* means every view in the schema.'),
      })
      .prefault({}),
    row_counts: z.array(rowCount).default([]).describe('Row counts that must hold after the promotion: exact, or a range (min, max).'),
  })
  .describe('Checks run by `pg-promote verify` for this phase.');

const phase = z
  .strictObject({
    name: z.string().regex(/^[a-z][a-z0-9_-]{0,62}$/, 'must be lower-case letters, digits, _ or -'),
    schema: identifier.describe('The schema this phase owns.'),
    layout: z
      .enum(LAYOUT_NAMES)
      .default('pg-promote')
      .describe("How the migrations folder is written: pg-promote's own NNN_name.sql, or another tool's (flyway, golang-migrate, dbmate, goose, node-pg-migrate, diesel, prisma, supabase, sqitch)."),
    migrations: repoPath.describe("Folder of migration files, written as the phase's layout says (pg-promote: NNN_name.sql)."),
    views: z.array(repoPath).default([]).describe('View files, re-applied whenever they change.'),
    policies: z.array(repoPath).default([]).describe('Row-level security policy files, re-applied whenever they change.'),
    down: repoPath.optional().describe('Folder of DOWN files, named with the same version as the file they undo.'),
    callbacks: z
      .strictObject({
        before: z.array(repoPath).default([]).describe('SQL files run before the first file of every migrate that applies something to this phase (Flyway\'s beforeMigrate).'),
        after: z.array(repoPath).default([]).describe('SQL files run after the last one (Flyway\'s afterMigrate).'),
      })
      .prefault({})
      .describe('Files run around every migrate that applies something to the phase, each recorded in the history with its checksum.'),
    verify: phaseVerify.prefault({}),
    lint: phaseLintSection.optional(),
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
    production: z
      .strictObject({
        databases: z.array(z.string().min(1)).default([]).describe('Database names that are production: migrate needs a verified backup first.'),
        backup_max_age: duration.default('2h').describe('How old the backup manifest given to migrate may be.'),
      })
      .prefault({}),
    backup: z
      .strictObject({
        dir: z.string().min(1).default('backups').describe('Where backups and their manifests are written.'),
        format: z.enum(['custom', 'directory']).default('custom'),
        jobs: z.number().int().min(1).max(64).default(1).describe('pg_dump/pg_restore --jobs (directory format only).'),
        encryption_key_env: z
          .string()
          .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name')
          .optional()
          .describe('Environment variable holding the backup encryption key; when set, backups are encrypted (AES-256-GCM).'),
        require_pitr: z.boolean().default(false).describe('Fail the backup stage when WAL archiving is not working.'),
        schemas: z
          .array(z.string().min(1))
          .optional()
          .describe('Dump only these schemas (exact names; default: every schema the role can read).'),
        exclude_schemas: z
          .array(z.string().min(1))
          .default([])
          .describe('Leave these schemas out of the dump (exact names): on a managed database, the ones this role cannot read.'),
      })
      .prefault({}),
    boundary_check: z
      .strictObject({
        rules: z
          .array(
            z.strictObject({
              name: z.string().regex(/^[A-Za-z0-9_.-]{1,80}$/, 'must be a short name (letters, digits, . _ -)'),
              paths: z.array(z.string().min(1)).min(1, 'must list at least one path glob').describe('Code this rule covers (globs relative to the root).'),
              protected_schemas: z.array(identifier).default([]).describe('Schemas this code must not write to.'),
              protected_prefixes: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/)).default([]).describe('Table name prefixes this code must not write to (eng_ matches eng_x).'),
            }),
          )
          .default([])
          .describe('Which code must not write where; boundary-check needs at least one rule.'),
        baseline: z.string().min(1).optional().describe('JSON file of accepted findings (each with a reason).'),
        fail_on_empty_rule: z.boolean().default(false).describe('A rule whose paths match no file is an error, not a warning.'),
      })
      .prefault({}),
    audit: z
      .strictObject({
        change_log: qualifiedName.optional().describe("Table of the database's audit triggers (timestamp, operation, transaction id) the audit-trail check reads; without it, only the history is checked."),
      })
      .prefault({}),
    report: z
      .strictObject({
        dir: z.string().min(1).default('ops/audit').describe('Folder of the dated audit reports (YYYY-MM-DD.md).'),
        criteria: z
          .array(z.string().min(1).max(200))
          .default([])
          .describe("Success criteria of your own that only people can check (a service's throughput, ...): listed in the report, never ticked by pg-promote."),
      })
      .prefault({}),
    // Sections of later stages live beside the code that reads them.
    flags: flagsSection.prefault({}),
    ramp: rampSection.prefault({}),
    latency: latencySection.prefault({}),
    notifications: notificationsSection.prefault({}),
    maintenance_windows: maintenanceWindowsSection.default({}),
    review: reviewSection.prefault({}),
    lint: lintSection.prefault({}),
  })
  .describe('pg-promote configuration (db/promotion.yml).');

export type PromotionConfigInput = z.input<typeof promotionConfigSchema>;
export type PromotionConfigFile = z.output<typeof promotionConfigSchema>;
export type PhaseVerifyConfig = z.output<typeof phaseVerify>;
export type BoundaryCheckConfig = z.output<typeof promotionConfigSchema>['boundary_check'];
