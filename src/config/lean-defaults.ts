import { statSync } from 'node:fs';
import { OLDEST_SUPPORTED_VERSION } from '../lint/version.js';
import path from 'node:path';
import { DEFAULT_GATES } from '../ramp/default-gates.js';
import { DEFAULT_CONFIG_PATH, RUNBOOK_CONFIG } from './defaults.js';
import type { LoadConfigOptions, PromotionConfig } from './load.js';
import { resolveRepoPath } from './paths.js';

/**
 * A repository without db/promotion.yml runs the runbook's defaults, and most runs of the
 * offline commands (the boundary check on every pull request) are such runs. Building the
 * defaults through the schema costs more than the check itself on a small tree: loading the
 * YAML parser and zod and constructing every section's schema. So that case is served from
 * plain data here, and the schema is loaded only when there is a file to validate.
 * A test in __tests__/config.test.ts holds this equal to what loadConfig builds.
 */
export const DEFAULTS_SOURCE = 'built-in defaults (the runbook layout)';

export async function loadConfigLean(options: LoadConfigOptions): Promise<PromotionConfig> {
  if (options.configPath === undefined && !configFileMayExist(path.resolve(options.root))) return runbookDefaults(path.resolve(options.root));
  return (await import('./load.js')).loadConfig(options);
}

/** Only a plain "no such file" means defaults; any other failure is loadConfig's to report. */
function configFileMayExist(root: string): boolean {
  try {
    statSync(path.resolve(root, DEFAULT_CONFIG_PATH));
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

export function runbookDefaults(root: string): PromotionConfig {
  const where = (key: string) => ({ file: DEFAULTS_SOURCE, key });
  return {
    source: DEFAULTS_SOURCE,
    root,
    historyTable: { schema: 'audit', table: 'migration_log' },
    lockTimeoutMs: 5_000,
    lockRetries: 5,
    lockRetryBackoffMs: 1_000,
    statementTimeoutMs: 600_000,
    advisoryLockWaitMs: 60_000,
    outOfOrder: false,
    phases: RUNBOOK_CONFIG.phases.map((phase, i) => ({
      name: phase.name,
      schema: phase.schema,
      migrations: resolveRepoPath(root, phase.migrations, where(`phases.${i}.migrations`)),
      views: (phase.views ?? []).map((p, j) => resolveRepoPath(root, p, where(`phases.${i}.views.${j}`))),
      policies: (phase.policies ?? []).map((p, j) => resolveRepoPath(root, p, where(`phases.${i}.policies.${j}`))),
      down: phase.down === undefined ? undefined : resolveRepoPath(root, phase.down, where(`phases.${i}.down`)),
      verify: undefined,
      lint: undefined,
    })),
    production: { databases: [], backupMaxAgeMs: 7_200_000 },
    backup: { dir: path.resolve(root, 'backups'), format: 'custom', jobs: 1, encryptionKeyEnv: undefined, requirePitr: false, schemas: undefined, excludeSchemas: [] },
    auditChangeLog: { schema: 'audit', table: 'change_log' },
    reportDir: path.resolve(root, 'ops/audit'),
    lint: { postgresVersion: OLDEST_SUPPORTED_VERSION, disable: [], overrides: [] },
    boundaryCheck: {
      rules: [{ name: 'vh-must-not-write-eng', paths: ['apps/vh/**'], protectedSchemas: ['eng'], protectedPrefixes: ['eng_'] }],
      baseline: undefined,
      failOnEmptyRule: false,
    },
    flags: {
      table: { schema: 'audit', table: 'feature_flags' },
      known: [
        { name: 'ingest', description: "The vh ingest service's rollout (the runbook's VH_INGEST_ENABLED)" },
        { name: 'eng_governance_sync', description: "eng governance sync (the runbook's ENG_GOVERNANCE_SYNC)" },
      ],
      rollbackOff: ['ingest', 'eng_governance_sync'],
    },
    ramp: {
      steps: [
        { to: 10, windowMs: 1_800_000 },
        { to: 50, windowMs: 3_600_000 },
        { to: 100, windowMs: 3_600_000 },
      ],
      intervalMs: 10_000,
      gateTimeoutMs: 30_000,
      gates: Object.entries(DEFAULT_GATES).map(([name, g]) => ({ name, description: g.description, sql: g.sql, max: g.max, min: undefined })),
      flags: {},
    },
    latency: {
      probes: [],
      runs: 5,
      spanMs: 60_000,
      samples: 10,
      warmup: 2,
      maxIncreasePct: 10,
      noiseFloorMs: 0.05,
      inconclusive: 'warn',
      planChange: 'fail',
      probeTimeoutMs: 30_000,
      topStatements: 10,
    },
    notifications: {
      title: 'Database Housekeeping Promotion',
      webhooks: [],
      retries: 2,
      retryBackoffMs: 1_000,
      timeoutMs: 10_000,
      rollback: { impact: undefined, eta: undefined, actionRequired: 'None' },
    },
    maintenanceWindows: [],
    review: { schemas: [], compareGrants: true },
  };
}
