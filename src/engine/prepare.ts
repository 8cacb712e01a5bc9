import os from 'node:os';
import { loadConfig, selectPhases, type PromotionConfig } from '../config/load.js';
import { hasConnectionSettings, resolveConnection, type ConnectionTarget } from '../db/connection-url.js';
import { usageError } from '../errors/promote-error.js';
import { discoverPhase, type PhaseFiles } from '../migrate/source.js';
import type { EngineOptions } from './options.js';

export interface Prepared {
  config: PromotionConfig;
  phases: PhaseFiles[];
  target: ConnectionTarget;
  actor: string;
  /** What resolving the connection had to say (a password file others can read is ignored). */
  warnings: string[];
}

/**
 * Everything that can be checked without a database is checked before connecting: config,
 * phases, every file's encoding and syntax hazards. Bad input never reaches the server.
 */
export function prepare(options: EngineOptions): Prepared {
  const config = loadConfig({
    root: options.root,
    configPath: options.configPath,
    explicitDirs: { backup: Boolean(options.backup?.dir), report: Boolean(options.report?.auditDir) },
  });
  const phases = selectPhases(config, options.phases ?? []);
  const files = phases.map((phase) => discoverPhase(config.root, phase, { withDowns: options.command === 'down' }));
  const env = options.env ?? process.env;
  if (!hasConnectionSettings(options.databaseUrl, env)) {
    throw usageError('no database: pass --database-url or set DATABASE_URL (or libpq\'s PGHOST, PGDATABASE or PGSERVICE)', { key: '--database-url' });
  }
  const warnings: string[] = [];
  const target = resolveConnection(options.databaseUrl, { env, warn: (message) => warnings.push(message) });
  return { config, phases: files, target, actor: options.actor ?? defaultActor(), warnings };
}

function defaultActor(): string {
  if (process.env.GITHUB_ACTOR) return `${process.env.GITHUB_ACTOR} (GitHub Actions)`;
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}
