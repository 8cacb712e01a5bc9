import { existsSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { usageError } from '../errors/promote-error.js';
import { parseConninfo, type Conninfo } from './conninfo.js';
import { passwordFromFile } from './pgpass.js';
import { serviceSettings } from './service-file.js';

export type SslMode = 'disable' | 'allow' | 'prefer' | 'require' | 'verify-ca' | 'verify-full';
const SSL_MODES: readonly SslMode[] = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'];

/**
 * The one connection a run makes, resolved once the way libpq resolves it: the connection
 * string, then the service file, then PG* variables, then libpq's defaults (the default
 * socket folder, port 5432, the OS user, a database named like the user), then the password
 * file. pg-promote's driver and every child (pg_dump, pg_restore, psql) use exactly this.
 */
export interface ConnectionTarget {
  /** Host name, IP address, or socket folder (starts with '/'). */
  host: string;
  hostaddr?: string;
  port: number;
  database: string;
  user: string;
  password?: string;
  /** The password file looked at when no password was given (children look at the same). */
  passfile?: string;
  ssl: SslSettings;
  options?: string;
  applicationName?: string;
  connectTimeoutSeconds?: number;
  /** Settings libpq knows and pg-promote's driver has no use for: the children still get them. */
  extra: Conninfo;
  /** Where each setting came from ("PGPORT", "the connection string", "service prod"), for messages. */
  sources: Record<string, string>;
  /** user@host:port/database: safe to print. */
  display: string;
}

export interface SslSettings {
  mode: SslMode;
  rootcert?: string;
  cert?: string;
  key?: string;
  crl?: string;
  /** sslpassword: the key file's passphrase. */
  keyPassword?: string;
}

/** libpq's environment variable for each keyword. */
export const KEYWORD_ENV: Readonly<Record<string, string>> = {
  host: 'PGHOST', hostaddr: 'PGHOSTADDR', port: 'PGPORT', dbname: 'PGDATABASE', user: 'PGUSER', password: 'PGPASSWORD',
  passfile: 'PGPASSFILE', service: 'PGSERVICE', options: 'PGOPTIONS', application_name: 'PGAPPNAME',
  connect_timeout: 'PGCONNECT_TIMEOUT', client_encoding: 'PGCLIENTENCODING', require_auth: 'PGREQUIREAUTH',
  channel_binding: 'PGCHANNELBINDING', sslmode: 'PGSSLMODE', sslnegotiation: 'PGSSLNEGOTIATION', requiressl: 'PGREQUIRESSL',
  sslcompression: 'PGSSLCOMPRESSION', sslcert: 'PGSSLCERT', sslkey: 'PGSSLKEY', sslcertmode: 'PGSSLCERTMODE',
  sslrootcert: 'PGSSLROOTCERT', sslcrl: 'PGSSLCRL', sslcrldir: 'PGSSLCRLDIR', sslsni: 'PGSSLSNI', requirepeer: 'PGREQUIREPEER',
  ssl_min_protocol_version: 'PGSSLMINPROTOCOLVERSION', ssl_max_protocol_version: 'PGSSLMAXPROTOCOLVERSION',
  gssencmode: 'PGGSSENCMODE', krbsrvname: 'PGKRBSRVNAME', gsslib: 'PGGSSLIB', gssdelegation: 'PGGSSDELEGATION',
  target_session_attrs: 'PGTARGETSESSIONATTRS', load_balance_hosts: 'PGLOADBALANCEHOSTS',
};

/** The variables that shape a libpq connection: a child gets ours and none of the caller's. */
export const CONNECTION_ENV: ReadonlySet<string> = new Set([...Object.values(KEYWORD_ENV), 'PGSERVICEFILE', 'PGSYSCONFDIR']);

const HANDLED = new Set([
  'host', 'hostaddr', 'port', 'dbname', 'user', 'password', 'passfile', 'service', 'options', 'application_name',
  'connect_timeout', 'sslmode', 'requiressl', 'sslrootcert', 'sslcert', 'sslkey', 'sslcrl', 'sslpassword', 'fallback_application_name',
]);

/** libpq's compiled-in socket folder: Debian's and Red Hat's builds use /var/run/postgresql, upstream /tmp. */
export function defaultSocketDir(): string {
  return existsSync('/var/run/postgresql') ? '/var/run/postgresql' : '/tmp';
}

export interface ResolveOptions {
  /** The option or input the string came from, for messages ("--database-url"). */
  option?: string;
  env?: NodeJS.ProcessEnv;
  warn?: (message: string) => void;
}

/** Whether anything at all names a database: a string, or one of the variables libpq reads. */
export function hasConnectionSettings(text: string | undefined, env: NodeJS.ProcessEnv): boolean {
  return Boolean(text) || ['PGHOST', 'PGHOSTADDR', 'PGPORT', 'PGDATABASE', 'PGUSER', 'PGSERVICE'].some((v) => env[v]);
}

/**
 * Resolves a URI or keyword/value string (or none: the environment alone) into the one
 * target. Whatever libpq would refuse is refused here, exit 2, naming the part; the error never
 * repeats the string, which may hold a password.
 */
export function resolveConnection(text: string | undefined, options: ResolveOptions = {}): ConnectionTarget {
  const option = options.option ?? '--database-url';
  const env = options.env ?? process.env;
  const home = env.HOME || os.homedir();
  const given = text ? parseConninfo(text.trim(), option) : {};
  const settings: Conninfo = {};
  const sources: Record<string, string> = {};
  for (const [k, v] of Object.entries(given)) {
    settings[k] = v;
    sources[k] = option;
  }
  const service = settings.service ?? env.PGSERVICE;
  if (service) {
    for (const [k, v] of Object.entries(serviceSettings(service, env, home))) {
      if (settings[k] !== undefined) continue;
      settings[k] = v;
      sources[k] = `service "${service}"`;
    }
  }
  for (const [k, variable] of Object.entries(KEYWORD_ENV)) {
    if (settings[k] !== undefined || !env[variable]) continue;
    settings[k] = env[variable]!;
    sources[k] = variable;
  }
  const refuse = (k: string, what: string) => {
    throw usageError(`${k}: ${what}`, { key: sources[k] ?? option });
  };

  for (const k of ['host', 'hostaddr', 'port'] as const) {
    if (settings[k]?.includes(',')) {
      refuse(k, `names several servers; pg-promote connects to exactly one, so give one ${k}`);
    }
  }
  if (settings.hostaddr && net.isIP(settings.hostaddr) === 0) refuse('hostaddr', `"${settings.hostaddr}" is not a numeric IP address`);
  const host = settings.host || settings.hostaddr || defaultSocketDir();
  const portText = settings.port || '5432';
  if (!/^\d+$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
    refuse('port', `invalid port number "${portText}"`);
  }
  const port = Number(portText);
  const user = settings.user || osUser();
  const database = settings.dbname || user;

  let sslmode = settings.sslmode;
  if (sslmode === undefined && settings.requiressl === '1') sslmode = 'require';
  if (sslmode !== undefined && !SSL_MODES.includes(sslmode as SslMode)) {
    refuse('sslmode', `invalid value "${sslmode}" (libpq knows ${SSL_MODES.join(', ')})`);
  }
  if (settings.sslrootcert === 'system') {
    // libpq 16+: the system store means verifying the host too; anything weaker is refused.
    if (sslmode === undefined) sslmode = 'verify-full';
    else if (sslmode !== 'verify-full') refuse('sslmode', `"${sslmode}" may not be used with sslrootcert=system (use verify-full)`);
  }
  let connectTimeoutSeconds: number | undefined;
  if (settings.connect_timeout !== undefined && settings.connect_timeout !== '') {
    if (!/^-?\d+$/.test(settings.connect_timeout)) refuse('connect_timeout', `invalid integer value "${settings.connect_timeout}"`);
    const seconds = Number(settings.connect_timeout);
    connectTimeoutSeconds = seconds <= 0 ? undefined : Math.max(2, seconds);
  }

  const isSocket = host.startsWith('/');
  let password = settings.password || undefined;
  let passfile: string | undefined;
  if (password === undefined) {
    passfile = settings.passfile || path.join(home, '.pgpass');
    const pgpassHost = isSocket && host === defaultSocketDir() ? 'localhost' : settings.host || settings.hostaddr || 'localhost';
    password = passwordFromFile(passfile, { host: pgpassHost, port: String(port), database, user }, options.warn ?? (() => undefined));
    if (password !== undefined) sources.password = 'the password file';
  }

  // libpq's default files, looked for once: whatever is found is part of the resolution.
  const dotDir = path.join(home, '.postgresql');
  for (const [k, file] of [['sslrootcert', 'root.crt'], ['sslcert', 'postgresql.crt'], ['sslkey', 'postgresql.key'], ['sslcrl', 'root.crl']] as const) {
    if (settings[k] || !existsSync(path.join(dotDir, file))) continue;
    settings[k] = path.join(dotDir, file);
    sources[k] = `libpq's default ${path.join(dotDir, file)}`;
  }

  const extra: Conninfo = {};
  for (const [k, v] of Object.entries(settings)) if (!HANDLED.has(k)) extra[k] = v;
  const shownHost = settings.hostaddr && settings.host ? `${settings.host} (${settings.hostaddr})` : host;
  return {
    host,
    hostaddr: settings.hostaddr || undefined,
    port,
    database,
    user,
    password,
    passfile,
    ssl: {
      mode: (sslmode as SslMode | undefined) ?? 'prefer',
      rootcert: settings.sslrootcert || undefined,
      cert: settings.sslcert || undefined,
      key: settings.sslkey || undefined,
      crl: settings.sslcrl || undefined,
      keyPassword: settings.sslpassword || undefined,
    },
    options: settings.options || undefined,
    applicationName: settings.application_name || undefined,
    connectTimeoutSeconds,
    extra,
    sources,
    display: `${user}@${shownHost}:${port}/${database}`,
  };
}

/** The same target, another database on that server (a scratch copy). */
export function withDatabase(target: ConnectionTarget, database: string): ConnectionTarget {
  return { ...target, database, display: `${target.display.slice(0, target.display.length - target.database.length)}${database}` };
}

/** Kept for the adapters: a string resolved against the process's environment. */
export function parseDatabaseUrl(url: string, option = '--database-url', env: NodeJS.ProcessEnv = process.env): ConnectionTarget {
  return resolveConnection(url, { option, env });
}

function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    throw usageError('no user name: set user in the connection string or PGUSER (the OS user has no name)', { key: 'PGUSER' });
  }
}
