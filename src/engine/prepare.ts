import os from 'node:os';
import { loadConfig, selectPhases, type PromotionConfig } from '../config/load.js';
import { parseDatabaseUrl, type ConnectionTarget } from '../db/connection-url.js';
import { usageError } from '../errors/promote-error.js';
import { discoverPhase, type PhaseFiles } from '../migrate/discover.js';
import type { EngineOptions } from './options.js';

export interface Prepared {
  config: PromotionConfig;
  phases: PhaseFiles[];
  url: string;
  target: ConnectionTarget;
  actor: string;
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
  const url = options.databaseUrl;
  if (!url) throw usageError('no database: pass --database-url or set DATABASE_URL', { key: '--database-url' });
  const target = parseDatabaseUrl(url);
  return { config, phases: files, url, target, actor: options.actor ?? defaultActor() };
}

function defaultActor(): string {
  if (process.env.GITHUB_ACTOR) return `${process.env.GITHUB_ACTOR} (GitHub Actions)`;
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}
