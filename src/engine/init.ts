import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG_PATH } from '../config/defaults.js';
import { configError } from '../errors/promote-error.js';
import { proposeInit } from '../init/index.js';
import type { RepositoryContext } from './offline.js';
import type { Outcome } from './outcome.js';

/**
 * Writes the config `proposeInit` renders for the repository, never over an existing one: a
 * config is a person's, edited by hand. --dry-run prints it instead.
 */
export async function init(ctx: RepositoryContext): Promise<Outcome<'init'>> {
  const written = ctx.options.configPath ?? DEFAULT_CONFIG_PATH;
  const shown = written.split(path.sep).join('/');
  const abs = path.resolve(ctx.options.root, written);
  const dryRun = Boolean(ctx.options.dryRun);
  if (!dryRun && existsSync(abs)) {
    throw configError(`already exists; pg-promote init does not overwrite a config (edit it, or pass --config to write another file)`, { file: shown });
  }
  const { detection, config } = proposeInit(ctx.options.root);
  const report = {
    path: shown,
    written: !dryRun,
    config,
    phases: detection.phases.map((p) => ({ layout: p.layout, folder: p.folder, migrations: p.migrations, schema: p.schema })),
    unrecognised: detection.unrecognised,
  };
  if (!dryRun) {
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, config, { flag: 'wx' });
  }
  return { init: report };
}
