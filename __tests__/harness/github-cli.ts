import assert from 'node:assert/strict';
import { cli, type CliRun } from './cli.js';
import { OWNER, REPO, TOKEN, type FakeGitHub } from './fake-github.js';

export const REPO_ARGS = ['--repo', `${OWNER}/${REPO}`];

/**
 * A GitHub command against the fake, with its token and API URL. Every run, passing or failing,
 * is checked for the token: it is a secret and must never be printed.
 */
export async function gh(cwd: string, fake: FakeGitHub, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const run = await cli(cwd, args, { ...fake.env, ...env });
  assertNoToken(run, TOKEN);
  return run;
}

export async function ghJson<T = any>(cwd: string, fake: FakeGitHub, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun & { result: T }> {
  const run = await gh(cwd, fake, [...args, '--json'], env);
  return { ...run, result: JSON.parse(run.stdout) as T };
}

export function assertNoToken(run: CliRun, token: string): void {
  assert.ok(!run.stdout.includes(token) && !run.stderr.includes(token), 'the token was printed');
}

/** The writes GitHub received (what --dry-run must never send). */
export function writes(fake: FakeGitHub): string[] {
  return fake.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
}
