import { usageError } from '../errors/promote-error.js';

/** A parsed database URL. `password` is kept apart so it can go to children via PGPASSWORD only. */
export interface ConnectionTarget {
  host: string;
  port: number;
  database: string;
  user: string;
  password?: string;
  /** Query parameters (sslmode, ...), passed through to pg and libpq. */
  params: Record<string, string>;
  /** user@host:port/database: safe to print. */
  display: string;
}

/**
 * Parses postgres:// URLs. The error never repeats the URL: it may hold a password.
 */
export function parseDatabaseUrl(url: string, option = '--database-url'): ConnectionTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw usageError(`${option} is not a valid URL (expected postgres://user:password@host:port/database)`, { key: option });
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw usageError(`${option} must start with postgres:// or postgresql:// (got ${parsed.protocol}//)`, { key: option });
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw usageError(`${option} names no database (expected .../database at the end)`, { key: option });
  const params: Record<string, string> = {};
  parsed.searchParams.forEach((value, key) => {
    params[key] = value;
  });
  const hostFromParams = params.host;
  const host = decodeURIComponent(parsed.hostname) || hostFromParams || 'localhost';
  const port = parsed.port ? Number(parsed.port) : Number(params.port ?? 5432);
  const user = decodeURIComponent(parsed.username) || process.env.PGUSER || 'postgres';
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  return { host, port, database, user, password, params, display: `${user}@${host}:${port}/${database}` };
}

/** The URL without its password, for child processes that get the password via PGPASSWORD. */
export function urlWithoutPassword(target: ConnectionTarget): string {
  const url = new URL('postgres://placeholder');
  url.hostname = target.host.startsWith('/') ? '' : target.host;
  url.port = String(target.port);
  url.username = encodeURIComponent(target.user);
  url.pathname = `/${encodeURIComponent(target.database)}`;
  for (const [key, value] of Object.entries(target.params)) url.searchParams.set(key, value);
  if (target.host.startsWith('/')) url.searchParams.set('host', target.host);
  return url.toString();
}
