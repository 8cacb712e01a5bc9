/**
 * A lost connection is recognised by what the driver or server says about it, never by message
 * text: a SQLSTATE of class 08 (connection exception) or 57P01-57P03 (the server shut the
 * backend down), a socket's errno, or the very error the session saw end its connection.
 */
const LOST_SQLSTATES = new Set(['57P01', '57P02', '57P03']);
const LOST_ERRNOS = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EHOSTUNREACH', 'ENETUNREACH']);

// pg hands the error that ended a connection both to the client's 'error' event and (a tick
// later) to every query still waiting: marking it on the event marks it for those queries too.
const ended = new WeakSet<object>();

/** Called by the session when its connection ends under it. */
export function markConnectionLost(err: unknown): void {
  if (typeof err === 'object' && err !== null) ended.add(err);
}

export function sqlstateOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

export function isConnectionLost(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  if (ended.has(err)) return true;
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return false;
  return code.startsWith('08') || LOST_SQLSTATES.has(code) || LOST_ERRNOS.has(code);
}
