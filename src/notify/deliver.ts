import type { WebhookConfig } from './config.js';

export interface DeliveryOptions {
  retries: number;
  retryBackoffMs: number;
  timeoutMs: number;
  /** One line per failed attempt, for the progress log. */
  onRetry?: (attempt: number, of: number, error: string, waitMs: number) => void;
}

export interface Delivery {
  ok: boolean;
  attempts: number;
  httpStatus?: number;
  error?: string;
  durationMs: number;
}

/**
 * POSTs one payload, retrying a failed or timed-out attempt a bounded number of times with a
 * doubling wait, so the total time is at most (1 + retries) timeouts plus the waits. Errors
 * are described from their code or HTTP status, never from the library's message or the
 * response body alone, which can carry the URL; anything left is scrubbed of it.
 */
export async function deliver(webhook: WebhookConfig, url: URL, payload: unknown, options: DeliveryOptions): Promise<Delivery> {
  const started = Date.now();
  const body = JSON.stringify(payload);
  const of = options.retries + 1;
  let last: { httpStatus?: number; error: string } = { error: 'not attempted' };
  for (let attempt = 1; attempt <= of; attempt++) {
    // Scrubbed here, before it goes anywhere: a retry's progress line is printed too.
    const raw = await attemptOnce(url, body, options.timeoutMs);
    last = { ...raw, error: raw.error && scrub(raw.error, url, webhook) };
    if (!last.error) return { ok: true, attempts: attempt, httpStatus: last.httpStatus, durationMs: Date.now() - started };
    if (attempt < of) {
      const waitMs = options.retryBackoffMs * 2 ** (attempt - 1);
      options.onRetry?.(attempt, of, last.error, waitMs);
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
  return { ok: false, attempts: of, httpStatus: last.httpStatus, error: last.error, durationMs: Date.now() - started };
}

async function attemptOnce(url: URL, body: string, timeoutMs: number): Promise<{ httpStatus?: number; error: string }> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'pg-promote' },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Read (bounded by the same timeout, and in size) so the connection is released; keep a short reason.
    const text = (await readAtMost(response, REPLY_LIMIT_BYTES)).slice(0, 200).replace(/\s+/g, ' ').trim();
    if (response.status >= 200 && response.status < 300) return { httpStatus: response.status, error: '' };
    if (response.status >= 300 && response.status < 400) return { httpStatus: response.status, error: `HTTP ${response.status} (a redirect, not followed)` };
    return { httpStatus: response.status, error: `HTTP ${response.status}${text ? `: ${text.slice(0, 100)}` : ''}` };
  } catch (err) {
    return { error: describe(err, timeoutMs) };
  }
}

/** A reply is only ever a short reason: more than this is dropped unread, however much the server sends. */
export const REPLY_LIMIT_BYTES = 4096;

/**
 * The reply's first `limit` bytes; the rest is cancelled, not read, so a server that answers
 * with an endless body cannot make the process hold it (it once grew to gigabytes).
 */
async function readAtMost(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value.subarray(0, limit - size));
      size += Math.min(value.byteLength, limit - size);
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function describe(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; code?: string; cause?: { code?: string; name?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError') return `no answer within ${timeoutMs} ms (timed out)`;
  const code = e.cause?.code ?? e.code;
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed',
    ETIMEDOUT: 'connection timed out',
    UND_ERR_SOCKET: 'connection closed by the server',
    CERT_HAS_EXPIRED: 'TLS certificate expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted',
  };
  if (code && known[code]) return `${known[code]} (${code})`;
  // Anything else: the cause's first line (scrubbed of the URL by the caller).
  const cause = e.cause?.message?.split('\n')[0]?.slice(0, 100);
  return `request failed${code ? ` (${code})` : ''}${cause ? `: ${cause}` : ''}`;
}

/** Belt and braces: whatever the server echoed, the URL (or its path, where the token is) never leaves. */
function scrub(text: string, url: URL, webhook: WebhookConfig): string {
  let out = text;
  for (const secret of [url.href, url.href.replace(/\/$/, ''), url.pathname + url.search, url.search, url.password, url.username]) {
    if (secret && secret.length >= 4 && secret !== '/') out = out.split(secret).join(`<${webhook.urlEnv}>`);
  }
  return out;
}
