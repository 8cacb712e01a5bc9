import { ConnectionFailed, PromoteError } from '../errors/promote-error.js';
import type { Session } from './session.js';
import { connectClient } from './session.js';

export const POOLING_MESSAGE = 'transaction pooling detected: use a direct or session-mode connection for migrations';

export const poolingError = (why: string, display?: string): PromoteError =>
  new ConnectionFailed(`${POOLING_MESSAGE} (${why})`, display ? { object: display } : {});

const PID_SQL = 'SELECT pg_catalog.pg_backend_pid() AS pid';
const PROBE_WAIT_MS = 3000;

/**
 * A transaction- or statement-mode pooler (PgBouncer, say) hands each transaction whichever
 * server connection is free: session settings, advisory locks and prepared statements stay on
 * one server connection while the next statement runs on another. Checked before the lock is
 * taken, so a refused run leaves nothing behind. A direct connection's backend pid is its own
 * and stays; behind such a pooler the session's pid changes between statements, or a second
 * client is handed the very server connection the session just used (the pooler reuses the
 * most recently released one).
 */
export async function refusePooledConnection(session: Session): Promise<void> {
  const { client, target } = session;
  const first = (await client.query<{ pid: number }>(PID_SQL)).rows[0]?.pid;
  // A session-mode pool with no server connection to spare makes the probe wait: a transaction
  // pooler would have handed it ours at once, so an answer that does not come is not pooling.
  const probe = await connectClient(target, 'pg-promote pooler check', { query_timeout: PROBE_WAIT_MS });
  let other: number | undefined;
  try {
    other = (await probe.query<{ pid: number }>(PID_SQL)).rows[0]?.pid;
  } catch (err) {
    if (!/Query read timeout/.test((err as Error).message)) throw err;
  } finally {
    await probe.end().catch(() => undefined);
  }
  const again = (await client.query<{ pid: number }>(PID_SQL)).rows[0]?.pid;
  if (other === first) throw poolingError(`a second connection was served by the same server process ${first}`, target.display);
  if (again !== first) throw poolingError(`the server process changed between two statements, ${first} then ${again}`, target.display);
}
