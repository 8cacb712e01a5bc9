import { usageError } from '../errors/promote-error.js';

/**
 * The one place pg-promote reads the time for decisions that depend on the calendar
 * (maintenance windows). PG_PROMOTE_NOW (an ISO 8601 instant with its offset) stands in for
 * the clock: it exists for tests and rehearsals, so a window can be tried across a
 * daylight-saving change without waiting for one. Unset, it is the real time.
 */
export const NOW_ENV = 'PG_PROMOTE_NOW';

export function currentTime(env: NodeJS.ProcessEnv = process.env): Date {
  const given = env[NOW_ENV]?.trim();
  if (!given) return new Date();
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(given) ? new Date(given) : new Date(NaN);
  if (Number.isNaN(at.getTime())) throw usageError(`${NOW_ENV} is '${given}'; expected an ISO 8601 instant with an offset, e.g. 2026-03-29T08:30:00Z`, { key: NOW_ENV });
  return at;
}
