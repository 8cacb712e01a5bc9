import { getOctokit } from '@actions/github';
import { firstLine } from '../errors/format.js';
import { usageError, ConfigError, ConnectionFailed, PromoteError } from '../errors/promote-error.js';
import type { RepoRef } from './parse.js';

export type { RepoRef };

/**
 * The GitHub REST client the github commands share. src/github/ is the one place outside the
 * action adapters that talks to GitHub, so the token's handling and the wording of API errors
 * live here once. The token is a secret: it goes into the client and nowhere else.
 */
export type Octokit = ReturnType<typeof getOctokit>;

export interface GitHubClient {
  octokit: Octokit;
  /** GITHUB_API_URL, or api.github.com: GitHub Enterprise Server sets it, and so do the tests. */
  baseUrl: string;
  token: string;
}

export function githubClient(env: NodeJS.ProcessEnv): GitHubClient {
  const token = env.GITHUB_TOKEN?.trim();
  if (!token) {
    throw usageError('not set: give a token that can read the repository (environments apply: one that can administer it)', {
      key: 'GITHUB_TOKEN',
    });
  }
  const baseUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/.test(baseUrl)) throw usageError(`GITHUB_API_URL must be an http(s) URL, not '${baseUrl}'`, { key: 'GITHUB_API_URL' });
  return { octokit: getOctokit(token, { baseUrl }), baseUrl, token };
}

/** What the token needs for each kind of call, named in 403 and 404 messages. */
export const PERMISSION = {
  readActions: 'actions: read',
  administer: 'administration: write (the workflow GITHUB_TOKEN cannot have it: use a GitHub App or fine-grained token)',
  readMembers: 'members: read on the organization',
  /** Public data (users): a 403 there is the rate limit, handled before permissions are named. */
  none: 'no particular permission',
} as const;

interface RequestErrorLike {
  status?: number;
  message?: string;
  request?: { method?: string; url?: string };
  response?: { data?: unknown; headers?: Record<string, string | number | undefined> };
}

/**
 * Runs one API call; a failure becomes one line naming the endpoint (method and path, never
 * headers) and what to do about it. With `missing: 'undefined'`, 404 means "does not exist".
 */
export async function api<T>(permission: string, call: () => Promise<T>): Promise<T>;
export async function api<T>(permission: string, call: () => Promise<T>, missing: 'undefined'): Promise<T | undefined>;
export async function api<T>(permission: string, call: () => Promise<T>, missing?: 'undefined'): Promise<T | undefined> {
  try {
    return await call();
  } catch (err) {
    const e = err as RequestErrorLike;
    if (missing && e.status === 404 && e.response) return undefined;
    throw apiError(e, permission);
  }
}

function apiError(e: RequestErrorLike, permission: string): PromoteError {
  const endpoint = endpointOf(e);
  if (!e.response) {
    // No answer at all: octokit calls a network failure 500; say what actually happened.
    return new ConnectionFailed(`${endpoint}: no answer from the GitHub API (${firstLine(e.message ?? 'unknown error')})`, {
      key: 'GITHUB_API_URL',
    });
  }
  const said = githubMessage(e.response.data);
  const answered = `${endpoint} answered ${e.status}${said ? ` (${said})` : ''}`;
  switch (e.status) {
    case 401:
      return new ConnectionFailed(`${answered}: GitHub rejected the token; check GITHUB_TOKEN`, { key: 'GITHUB_TOKEN' });
    case 403:
    case 429:
      // GitHub answers an exhausted rate limit with 403 (or 429): not a permission problem.
      if (e.status === 429 || String(e.response.headers?.['x-ratelimit-remaining']) === '0') {
        return new ConnectionFailed(`${answered}: the API rate limit is used up; try again after it resets`);
      }
      return new ConnectionFailed(`${answered}: the token lacks ${permission}`, { key: 'GITHUB_TOKEN' });
    case 404:
      return new ConnectionFailed(`${answered}: not found, or the token cannot see it (it needs ${permission})`, {
        key: 'GITHUB_TOKEN',
      });
    case 422:
      return new ConfigError(`${answered}: GitHub refused the request`);
    default:
      return new ConnectionFailed(`${answered}: try again later`);
  }
}

function endpointOf(e: RequestErrorLike): string {
  const method = e.request?.method ?? 'request';
  try {
    return `${method} ${decodeURIComponent(new URL(e.request?.url ?? '').pathname)}`;
  } catch {
    return `${method} (unknown URL)`;
  }
}

function githubMessage(data: unknown): string {
  const message = typeof data === 'object' && data !== null ? (data as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? firstLine(message).slice(0, 200) : '';
}
