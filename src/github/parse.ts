import { usageError } from '../errors/promote-error.js';

/**
 * What the GitHub commands are told, checked before any request: the command declarations
 * (src/commands/) load these on every run, so they import nothing of the GitHub client.
 */
export interface RepoRef {
  owner: string;
  repo: string;
  /** OWNER/NAME, for messages. */
  full: string;
}

export function parseRepo(value: string | undefined): RepoRef {
  if (!value) throw usageError('--repo OWNER/NAME is required', { key: '--repo' });
  const match = /^([A-Za-z0-9](?:-?[A-Za-z0-9]){0,38})\/([A-Za-z0-9._-]{1,100})$/.exec(value);
  if (!match || match[2] === '.' || match[2] === '..') {
    throw usageError(`--repo must be OWNER/NAME, not '${value}'`, { key: '--repo' });
  }
  return { owner: match[1] as string, repo: match[2] as string, full: value };
}

export function parseRunId(value: string | undefined): number {
  if (value === undefined) throw usageError('--run-id N is required (in a workflow: ${{ github.run_id }})', { key: '--run-id' });
  const runId = Number(value);
  if (!/^[1-9][0-9]{0,18}$/.test(value) || !Number.isSafeInteger(runId)) {
    throw usageError(`--run-id must be a workflow run id (a positive whole number), not '${value}'`, { key: '--run-id' });
  }
  return runId;
}

/** `--environments a,b --environments c`: the names in order; empty or repeated is bad usage. */
export function parseEnvironmentList(values: readonly string[]): string[] {
  const names = values.flatMap((v) => v.split(',')).map((n) => n.trim()).filter(Boolean);
  if (names.length === 0) throw usageError('--environments needs at least one environment name', { key: '--environments' });
  const lower = names.map((n) => n.toLowerCase());
  const twice = names.find((_, i) => lower.indexOf(lower[i] as string) !== i);
  // Two gates on one environment would let one approval count as two sign-offs.
  if (twice) throw usageError(`--environments names '${twice}' twice (names ignore case): each sign-off needs its own environment`, { key: '--environments' });
  const bad = names.find((n) => !/^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/.test(n));
  if (bad) throw usageError(`--environments: '${bad}' is not an environment name`, { key: '--environments' });
  return names;
}

export const DEFAULT_SIGNOFF_MAX_AGE_MS = 24 * 3_600_000;

/** `24h`, `90min`: at least one minute, at most 30 days. */
export function parseMaxAge(text: string | undefined, key: string): number {
  if (!text?.trim()) return DEFAULT_SIGNOFF_MAX_AGE_MS;
  const match = /^([0-9]+(?:\.[0-9]+)?)\s*(min|h)$/.exec(text.trim());
  const ms = match ? Math.round(Number(match[1]) * (match[2] === 'h' ? 3_600_000 : 60_000)) : NaN;
  if (!(ms >= 60_000 && ms <= 30 * 24 * 3_600_000)) {
    throw usageError(`${key} is '${text}'; expected an age such as 24h or 90min (1min to 720h)`, { key });
  }
  return ms;
}
