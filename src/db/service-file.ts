import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { configError } from '../errors/promote-error.js';
import { LIBPQ_KEYWORDS, type Conninfo } from './conninfo.js';

/**
 * libpq's connection service file: PGSERVICEFILE or ~/.pg_service.conf first, then
 * PGSYSCONFDIR/pg_service.conf. A service named but defined nowhere is an error, as in libpq.
 */
export function serviceSettings(service: string, env: NodeJS.ProcessEnv, home: string): Conninfo {
  const files = [env.PGSERVICEFILE || path.join(home, '.pg_service.conf')];
  if (env.PGSYSCONFDIR) files.push(path.join(env.PGSYSCONFDIR, 'pg_service.conf'));
  for (const file of files) {
    if (!existsSync(file)) continue;
    const found = readService(file, service);
    if (found) return found;
  }
  throw configError(`definition of service "${service}" not found (looked in ${files.join(', ')})`, { key: 'service' });
}

function readService(file: string, service: string): Conninfo | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw configError(`cannot read the service file: ${(err as Error).message}`, { file, key: 'service' });
  }
  let inService = false;
  let found: Conninfo | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    if (line.startsWith('[')) {
      if (found) inService = false;
      const name = line.slice(1, line.indexOf(']'));
      inService = name === service;
      if (inService) found = {};
      return;
    }
    if (!inService) return;
    const eq = line.indexOf('=');
    if (eq < 0) throw configError(`syntax error in service file: "${line}" has no "="`, { file, line: index + 1, key: 'service' });
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (key === 'service') throw configError('nested service specifications are not supported', { file, line: index + 1, key: 'service' });
    if (!LIBPQ_KEYWORDS.has(key)) throw configError(`invalid connection option "${key}" in the service file`, { file, line: index + 1, key: 'service' });
    found![key] ??= value;
  });
  return found;
}
