import type { NotifyEvent } from './config.js';

/** One webhook's delivery. Names only: a webhook URL is a secret and never appears here. */
export interface NotificationResult {
  /** The webhook's name from the config. */
  webhook: string;
  format: 'slack' | 'teams';
  event: NotifyEvent;
  ok: boolean;
  status: 'sent' | 'failed';
  /** Attempts made (1 + retries used). */
  attempts: number;
  /** The last response's HTTP status, when there was one. */
  httpStatus?: number;
  /** Why the last attempt failed (timeout, refused, HTTP 500, ...); never the URL. */
  error?: string;
  /** From the config: a failed delivery fails the step. */
  required: boolean;
  durationMs: number;
}
