import { parseRepo, parseRunId, type RepoRef } from '../github/parse.js';
import type { InvocationContext } from './command.js';

/** Options the GitHub commands share (a name two commands share is declared once). */
export const REPO = { flag: 'repo', input: 'repository', type: 'string', arg: 'OWNER/NAME', doc: 'gates-check, signoffs-check and record-approvals: OWNER/NAME. In the action, default: the repository the workflow runs in.' } as const;
export const RUN_ID = { flag: 'run-id', type: 'string', arg: 'N', doc: 'signoffs-check and record-approvals: the workflow run whose sign-offs to check or record. In the action, default: this run.' } as const;
export const ENVIRONMENTS = { flag: 'environments', type: 'list', arg: 'A,B', doc: 'gates-check and signoffs-check: the sign-off environments, comma or newline separated.' } as const;

/** The repository: the action defaults to the one the workflow runs in. */
export const repoOf = (given: string | undefined, ctx: InvocationContext): RepoRef =>
  parseRepo(given ?? (ctx.adapter === 'action' ? ctx.env.GITHUB_REPOSITORY || undefined : undefined));

/** The workflow run: the action defaults to its own. */
export const runIdOf = (given: string | undefined, ctx: InvocationContext): number =>
  parseRunId(given ?? (ctx.adapter === 'action' ? ctx.env.GITHUB_RUN_ID || undefined : undefined));
