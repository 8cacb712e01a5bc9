import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { configError, usageError, PromoteError } from '../errors/promote-error.js';
import { DEFAULT_CONFIG_PATH } from './defaults.js';
import { parseDuration } from './duration.js';
import { assertInsideRealRoot, resolveRepoPath, type RepoPath } from './paths.js';
import { decodeUtf8, parseYamlSource, type YamlSource } from './yaml-source.js';
import { buildFlagsConfig, type FlagsConfig } from '../flags/config.js';
import { buildLatencyConfig, type LatencyConfig } from '../latency/config.js';
import { buildNotificationsConfig, type NotificationsConfig } from '../notify/config.js';
import { buildRampConfig, type RampConfig } from '../ramp/config.js';
import { buildReviewConfig, type ReviewConfig } from '../review/config.js';
import { buildLintConfig, type LintConfig, type PhaseLintConfig } from '../lint/config.js';
import { buildMaintenanceWindowsConfig, type MaintenanceWindowsConfig } from '../windows/config.js';
import type { LayoutName } from '../migrate/layouts/types.js';
import { promotionConfigSchema, type PhaseVerifyConfig, type PromotionConfigFile } from './schema.js';

export interface BoundaryRule {
  name: string;
  paths: string[];
  protectedSchemas: string[];
  protectedPrefixes: string[];
}

export interface PhaseConfig {
  name: string;
  schema: string;
  /** How `migrations` is written: pg-promote's own layout or another tool's. */
  layout: LayoutName;
  migrations: RepoPath;
  views: RepoPath[];
  policies: RepoPath[];
  down?: RepoPath;
  /** Run around every migrate that applies something to the phase. */
  callbacks: { before: RepoPath[]; after: RepoPath[] };
  verify: PhaseVerifyConfig;
  lint?: PhaseLintConfig;
}

export interface BackupConfig {
  /** Absolute; from the config (relative to the root) or --backup-dir. */
  dir: string;
  format: 'custom' | 'directory';
  jobs: number;
  encryptionKeyEnv?: string;
  requirePitr: boolean;
  /** Exact schema names: only these (when set), never those. */
  schemas?: string[];
  excludeSchemas: string[];
}

export interface PromotionConfig {
  /** The config file read, repository-relative. */
  source: string;
  root: string;
  historyTable: { schema: string; table: string };
  lockTimeoutMs: number;
  lockRetries: number;
  lockRetryBackoffMs: number;
  statementTimeoutMs: number;
  advisoryLockWaitMs: number;
  outOfOrder: boolean;
  phases: PhaseConfig[];
  production: { databases: string[]; backupMaxAgeMs: number };
  backup: BackupConfig;
  /** The database's audit-trigger table, when the config names one. */
  auditChangeLog?: { schema: string; table: string };
  /** Absolute folder of the dated audit reports. */
  reportDir: string;
  /** The project's own success criteria, for a person to tick in the report. */
  reportCriteria: string[];
  boundaryCheck: { rules: BoundaryRule[]; baseline?: string; failOnEmptyRule: boolean };
  flags: FlagsConfig;
  ramp: RampConfig;
  latency: LatencyConfig;
  notifications: NotificationsConfig;
  maintenanceWindows: MaintenanceWindowsConfig;
  review: ReviewConfig;
  lint: LintConfig;
}

const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadConfigOptions {
  /** Repository root: config paths resolve against it and may not leave it. */
  root: string;
  /** Explicit --config; when absent, db/promotion.yml (a config error when missing). */
  configPath?: string;
  /**
   * Folders the run was given explicitly (--backup-dir, --audit-dir): they replace the config's,
   * so the config's are not held to the repository. What a person types may point anywhere.
   */
  explicitDirs?: { backup?: boolean; report?: boolean };
}

export function loadConfig(options: LoadConfigOptions): PromotionConfig {
  const root = path.resolve(options.root);
  const explicit = options.configPath !== undefined;
  const written = options.configPath ?? DEFAULT_CONFIG_PATH;
  const abs = path.resolve(root, written);
  const shown = path.isAbsolute(written) ? written : written.split(path.sep).join('/');

  let bytes: Buffer;
  try {
    const size = statSync(abs).size;
    if (size > MAX_CONFIG_BYTES) throw configError(`config is ${size} bytes; the limit is ${MAX_CONFIG_BYTES}`, { file: shown });
    bytes = readFileSync(abs);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      if (explicit) throw usageError(`config file not found: ${shown}`, { key: '--config' });
      throw configError(`no config: write ${shown} (see the README), or run \`pg-promote init\` to write one for the migration folders it recognises`, { file: shown });
    }
    if (err instanceof PromoteError) throw err;
    throw configError(`cannot read config: ${(err as Error).message}`, { file: shown });
  }
  const source = parseConfigSource(decodeUtf8(bytes, shown), shown);
  return build(root, shown, source.data, options, source.lineOf);
}

/**
 * The history table a run writes beside: the config's, or (for steps that record into the audit
 * schema of a repository without a config, such as a workflow's sign-off record) the default.
 */
export function historyTableOf(options: LoadConfigOptions): { schema: string; table: string } {
  if (options.configPath === undefined && !existsSync(path.resolve(options.root, DEFAULT_CONFIG_PATH))) {
    return splitQualified(promotionConfigSchema.shape.history_table.parse(undefined));
  }
  return loadConfig(options).historyTable;
}

/** Parses and validates promotion.yml text; every error names the file, line and key. */
export function parseConfigText(text: string, file: string): PromotionConfigFile {
  return parseConfigSource(text, file).data;
}

function parseConfigSource(text: string, file: string): YamlSource<PromotionConfigFile> {
  const source = parseYamlSource(text, file, promotionConfigSchema);
  checkUnique(source.data, source.lineOf, file);
  return source;
}

function checkUnique(config: PromotionConfigFile, lineOf: (path: readonly PropertyKey[]) => number | undefined, file: string): void {
  const seen = new Map<string, number>();
  config.phases.forEach((phase, index) => {
    for (const [field, value] of [['name', phase.name], ['schema', phase.schema], ['migrations', phase.migrations]] as const) {
      const id = `${field}:${field === 'migrations' ? path.posix.normalize(value) : value}`;
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        throw configError(`phases.${index}.${field}: '${value}' is already used by phase ${earlier + 1}`, {
          file,
          line: lineOf(['phases', index, field]),
          key: `phases.${index}.${field}`,
        });
      }
      seen.set(id, index);
    }
  });
}

function build(
  root: string,
  source: string,
  file: PromotionConfigFile,
  options: LoadConfigOptions,
  lineOf: (path: readonly PropertyKey[]) => number | undefined = () => undefined,
): PromotionConfig {
  const { schema, table } = splitQualified(file.history_table);
  const where = (key: string) => ({ file: source, key, line: lineOf(key.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))) });
  // Every path of the config stays inside the repository: a config from a pull request must
  // not make pg-promote write backups or reports (or read a baseline) anywhere else.
  const folder = (key: string, written: string, explicit: boolean | undefined) => {
    if (explicit) return path.resolve(root, written);
    const inside = resolveRepoPath(root, written, where(key), { rootItself: true });
    assertInsideRealRoot(root, inside, where(key));
    return inside.abs;
  };
  if (file.boundary_check.baseline !== undefined) resolveRepoPath(root, file.boundary_check.baseline, where('boundary_check.baseline'));
  const ms = (value: string) => parseDuration(value) as number;
  return {
    source,
    root,
    historyTable: { schema, table },
    lockTimeoutMs: ms(file.lock_timeout),
    lockRetries: file.lock_retries,
    lockRetryBackoffMs: ms(file.lock_retry_backoff),
    statementTimeoutMs: ms(file.statement_timeout),
    advisoryLockWaitMs: ms(file.advisory_lock_wait),
    outOfOrder: file.out_of_order,
    phases: file.phases.map((phase, i) => ({
      name: phase.name,
      schema: phase.schema,
      layout: phase.layout,
      migrations: resolveRepoPath(root, phase.migrations, where(`phases.${i}.migrations`)),
      views: phase.views.map((p, j) => resolveRepoPath(root, p, where(`phases.${i}.views.${j}`))),
      policies: phase.policies.map((p, j) => resolveRepoPath(root, p, where(`phases.${i}.policies.${j}`))),
      down: phase.down === undefined ? undefined : resolveRepoPath(root, phase.down, where(`phases.${i}.down`)),
      callbacks: {
        before: phase.callbacks.before.map((p, j) => resolveRepoPath(root, p, where(`phases.${i}.callbacks.before.${j}`))),
        after: phase.callbacks.after.map((p, j) => resolveRepoPath(root, p, where(`phases.${i}.callbacks.after.${j}`))),
      },
      verify: phase.verify,
      lint: phase.lint,
    })),
    production: {
      databases: file.production.databases,
      backupMaxAgeMs: ms(file.production.backup_max_age),
    },
    backup: {
      dir: folder('backup.dir', file.backup.dir, options.explicitDirs?.backup),
      format: file.backup.format,
      jobs: file.backup.jobs,
      encryptionKeyEnv: file.backup.encryption_key_env,
      requirePitr: file.backup.require_pitr,
      schemas: file.backup.schemas,
      excludeSchemas: file.backup.exclude_schemas,
    },
    auditChangeLog: file.audit.change_log === undefined ? undefined : splitQualified(file.audit.change_log),
    reportDir: folder('report.dir', file.report.dir, options.explicitDirs?.report),
    reportCriteria: file.report.criteria,
    boundaryCheck: boundaryConfig(file),
    flags: buildFlagsConfig(file.flags),
    ramp: buildRampConfig(file.ramp, root),
    latency: buildLatencyConfig(file.latency, root),
    notifications: buildNotificationsConfig(file.notifications, root),
    maintenanceWindows: buildMaintenanceWindowsConfig(file.maintenance_windows, root),
    review: buildReviewConfig(file.review, root),
    lint: buildLintConfig(file.lint),
  };
}

function boundaryConfig(file: PromotionConfigFile): PromotionConfig['boundaryCheck'] {
  const section = file.boundary_check;
  return {
    rules: section.rules.map((r) => ({
      name: r.name,
      paths: r.paths,
      protectedSchemas: r.protected_schemas,
      protectedPrefixes: r.protected_prefixes,
    })),
    baseline: section.baseline,
    failOnEmptyRule: section.fail_on_empty_rule,
  };
}

function splitQualified(name: string): { schema: string; table: string } {
  const [schema, table] = name.split('.') as [string, string];
  return { schema, table };
}

/** --phase selects phases by name, keeping the config's order; an unknown name is a usage error. */
export function selectPhases(config: PromotionConfig, names: readonly string[]): PhaseConfig[] {
  if (names.length === 0) return config.phases;
  const known = new Set(config.phases.map((p) => p.name));
  for (const name of names) {
    if (!known.has(name)) {
      throw usageError(`unknown phase '${name}' (phases in ${config.source}: ${[...known].join(', ')})`, { key: '--phase' });
    }
  }
  return config.phases.filter((p) => names.includes(p.name));
}
