import pg from 'pg';
import { PromoteError } from '../errors/promote-error.js';
import type { ConnectionTarget } from './connection-url.js';

export interface Session {
  client: pg.Client;
  target: ConnectionTarget;
  serverVersion: string;
  /** Set when the server or network dropped the connection under us. */
  lost(): Error | undefined;
  close(): Promise<void>;
}

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Opens the run's one connection. Connection failures become exit-code-2 errors that name
 * the target (user@host:port/db), never the URL, which may carry the password.
 */
export async function openSession(url: string, target: ConnectionTarget, applicationName: string): Promise<Session> {
  const client = new pg.Client({
    connectionString: url,
    application_name: applicationName,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // Queries handed over together go out together: a run of migration files is sent without
    // waiting for each answer (see migrate/transactional.ts). Awaited one by one, as everywhere
    // else, queries behave exactly as without it.
    pipeline: true,
  });
  let lostWith: Error | undefined;
  // pg emits 'error' when the backend is terminated between queries; unhandled, it would crash us.
  client.on('error', (err) => {
    lostWith = err;
  });
  try {
    await client.connect();
  } catch (err) {
    await client.end().catch(() => undefined);
    throw connectionError(err, target);
  }
  const version = await client.query<{ server_version: string }>('SHOW server_version');
  return {
    client,
    target,
    serverVersion: version.rows[0]?.server_version ?? 'unknown',
    lost: () => lostWith,
    close: async () => {
      await client.end().catch(() => undefined);
    },
  };
}

export function connectionError(err: unknown, target: ConnectionTarget): PromoteError {
  const e = err as { code?: string; message?: string };
  const reason = describeConnectFailure(e, target);
  return new PromoteError('connection', `cannot connect to ${target.display}: ${reason}`, {
    object: target.display,
    sqlstate: e.code && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : undefined,
  });
}

function describeConnectFailure(e: { code?: string; message?: string }, target: ConnectionTarget): string {
  switch (e.code) {
    case 'ECONNREFUSED':
      return 'connection refused (is the server running and accepting TCP connections on that port?)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `host '${target.host}' not found`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'server unreachable';
    case '28P01':
      return `password authentication failed for user '${target.user}'`;
    case '28000':
      return `the server rejected user '${target.user}' (check pg_hba.conf and the role)`;
    case '3D000':
      return `database '${target.database}' does not exist`;
    case '53300':
      return 'the server has no free connection slots';
    default:
      break;
  }
  const message = e.message ?? String(e);
  if (/timeout/i.test(message)) return `no answer within ${CONNECT_TIMEOUT_MS / 1000}s`;
  if (/SASL|password must be a string/i.test(message)) return 'the server asks for a password and none was given';
  return message.split('\n')[0] ?? message;
}
