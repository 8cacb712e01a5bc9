import pg from 'pg';
import { ConnectionFailed, PromoteError } from '../errors/promote-error.js';
import { markConnectionLost } from '../errors/connection-lost.js';
import type { ConnectionTarget } from './connection-url.js';
import { databaseOf, type Database } from './database.js';
import { tlsOptions } from './tls.js';

export interface Session {
  client: pg.Client;
  /** The same connection as the small interface the migration applier takes. */
  db: Database;
  target: ConnectionTarget;
  serverVersion: string;
  /** Set when the server or network dropped the connection under us. */
  lost(): Error | undefined;
  close(): Promise<void>;
}

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Opens the run's one connection. Connection failures become exit-code-2 errors that name
 * the target (user@host:port/db), never the connection string, which may carry the password.
 */
export async function openSession(target: ConnectionTarget, applicationName: string): Promise<Session> {
  const client = await connectClient(target, applicationName);
  let lostWith: Error | undefined;
  // pg emits 'error' when the backend is terminated between queries; unhandled, it would crash us.
  client.on('error', (err) => {
    markConnectionLost(err);
    lostWith = err;
  });
  const version = await client.query<{ server_version: string }>('SHOW server_version');
  return {
    client,
    db: databaseOf(client),
    target,
    serverVersion: version.rows[0]?.server_version ?? 'unknown',
    lost: () => lostWith,
    close: async () => {
      await client.end().catch(() => undefined);
    },
  };
}

/**
 * A connected client for the target, sslmode applied as libpq applies it: `prefer` tries TLS
 * and then, if the server refuses it or the attempt fails, a plain connection; `allow` the other
 * way round. A Unix socket never uses TLS.
 */
export async function connectClient(target: ConnectionTarget, applicationName: string, extra: Partial<pg.ClientConfig> = {}): Promise<pg.Client> {
  const tls = target.host.startsWith('/') || target.ssl.mode === 'disable' ? undefined : tlsOptions(target);
  const mode = target.ssl.mode;
  const attempts: (false | NonNullable<typeof tls>)[] = !tls ? [false] : mode === 'prefer' ? [tls, false] : mode === 'allow' ? [false, tls] : [tls];
  const failures: Failure[] = [];
  for (const ssl of attempts) {
    const client = new pg.Client({
      host: target.hostaddr ?? target.host,
      port: target.port,
      user: target.user,
      database: target.database,
      // A function, so the driver never falls back to a password file of its own choosing.
      password: target.password ?? (() => Promise.reject(new NoPassword())),
      options: target.options,
      application_name: target.applicationName ?? applicationName,
      connectionTimeoutMillis: (target.connectTimeoutSeconds ?? CONNECT_TIMEOUT_MS / 1000) * 1000,
      ssl,
      ...extra,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      return client;
    } catch (err) {
      await client.end().catch(() => undefined);
      failures.push({ ssl: ssl !== false, err });
      // Only the server's own answers are worth a second try: an unreachable server stays so.
      if (isNetworkError(err)) break;
    }
  }
  throw connectionError(failures, target);
}

class NoPassword extends Error {
  constructor() {
    super('no password supplied');
  }
}

const NETWORK = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOENT']);
const isNetworkError = (err: unknown): boolean => NETWORK.has((err as { code?: string }).code ?? '') || /timeout/i.test((err as Error)?.message ?? '');

interface Failure {
  ssl: boolean;
  err: unknown;
}

/** Every attempt's reason (prefer and allow make two), naming the target, never the string. */
function connectionError(all: Failure[], target: ConnectionTarget): PromoteError {
  // prefer's TLS attempt against a server without TLS says nothing about why the plain one failed.
  const told = all.filter((f) => !/does not support SSL/i.test((f.err as Error)?.message ?? ''));
  const list = told.length > 0 ? told : all;
  const reasons = list.map((f) => describeConnectFailure(f.err as ConnectFailure, target));
  const reason = list.length > 1 ? list.map((f, i) => `${f.ssl ? 'with TLS' : 'without TLS'}: ${reasons[i]}`).join('; ') : reasons[0]!;
  const first = list.find((f) => (f.err as ConnectFailure)?.code && /^[0-9A-Z]{5}$/.test((f.err as ConnectFailure).code!));
  return new ConnectionFailed(`cannot connect to ${target.display}: ${reason}`, {
    object: target.display,
    sqlstate: (first?.err as ConnectFailure | undefined)?.code,
  });
}

interface ConnectFailure {
  code?: string;
  message?: string;
}

const UNTRUSTED = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT', 'CERT_SIGNATURE_FAILURE', 'CERT_UNTRUSTED',
]);

function describeConnectFailure(e: ConnectFailure, target: ConnectionTarget): string {
  const setting = (k: string, value: string | undefined) => `${k}${value ? `=${value}` : ' (not set)'}${target.sources[k] ? ` from ${target.sources[k]}` : ''}`;
  if (e instanceof NoPassword) {
    return `the server asks for a password and none was given (in the connection string, PGPASSWORD or the password file${target.passfile ? ` ${target.passfile}` : ''})`;
  }
  const code = e.code ?? '';
  if (UNTRUSTED.has(code)) {
    return `the server's certificate is not trusted (${e.message}): check ${setting('sslrootcert', target.ssl.rootcert)}, or use sslmode=require to encrypt without verifying`;
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return `the server's certificate does not name host '${target.host}' (${e.message}): check host, or ${setting('sslmode', target.ssl.mode)} (verify-ca does not check the name)`;
  }
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') return `the server's certificate is not valid now (${e.message}): check sslrootcert and the server's certificate`;
  if (code === 'CERT_REVOKED') return `the server's certificate is revoked: see ${setting('sslcrl', target.ssl.crl)}`;
  if (/does not support SSL/i.test(e.message ?? '')) {
    return ['prefer', 'allow'].includes(target.ssl.mode) ? 'the server does not support TLS' : `the server does not support TLS, but ${setting('sslmode', target.ssl.mode)} requires it`;
  }
  if (/bad decrypt|PEM|key values mismatch|no start line/i.test(e.message ?? '')) {
    return `the client certificate or key cannot be used (${e.message}): check sslcert and sslkey`;
  }
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused (is the server running and accepting connections there?)';
    case 'ENOENT':
      return `no server socket in ${target.host} for port ${target.port} (is the server running, and is that its socket folder?)`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `host '${target.host}' not found`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'server unreachable';
    case '28P01':
      return `password authentication failed for user '${target.user}'`;
    case '28000': {
      const server = (e.message ?? '').split('\n')[0];
      const certHint = /certificate/i.test(server ?? '') ? ' (check sslcert and sslkey)' : ' (check pg_hba.conf, the role and sslmode)';
      return `the server rejected user '${target.user}': ${server}${certHint}`;
    }
    case '3D000':
      return `database '${target.database}' does not exist`;
    case '53300':
      return 'the server has no free connection slots';
    default:
      break;
  }
  const message = e.message ?? String(e);
  if (/timeout/i.test(message)) return `no answer within ${target.connectTimeoutSeconds ?? CONNECT_TIMEOUT_MS / 1000}s`;
  if (/SASL|password must be a string/i.test(message)) return 'the server asks for a password and none was given';
  return message.split('\n')[0] ?? message;
}
