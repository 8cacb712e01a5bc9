import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseYamlSource } from '../config/yaml-source.js';
import { configError, usageError, PromoteError } from '../errors/promote-error.js';

/**
 * The environments file (`.github/pg-promote-environments.yml`): the repository's GitHub
 * environments, their reviewers and rules, as code. Unknown keys are errors, like
 * promotion.yml's: a misspelt `reviewer:` must not silently leave a sign-off unprotected.
 */
export const DEFAULT_ENVIRONMENTS_FILE = '.github/pg-promote-environments.yml';

const MAX_FILE_BYTES = 256 * 1024;

// GitHub logins: letters, digits and single hyphens, at most 39; team slugs may name their org.
const login = z.string().regex(/^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$/, 'must be a GitHub login');
const team = z
  .string()
  .regex(/^(?:[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}\/)?[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'must be a team slug, or ORG/slug');

const reviewer = z
  .strictObject({ user: login.optional(), team: team.optional() })
  .refine((r) => (r.user === undefined) !== (r.team === undefined), 'must be { user: LOGIN } or { team: SLUG }, one of the two');

const environment = z
  .strictObject({
    // Letters, digits, '.', '_' and '-': the name goes into workflow files and URL paths as is.
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/, "must be letters, digits, '.', '_' or '-' (at most 255)"),
    reviewers: z.array(reviewer).max(6, 'GitHub allows at most 6 reviewers per environment').default([]),
    prevent_self_review: z.boolean().default(false),
    wait_timer: z.number().int().min(0).max(43200, 'must be at most 43200 minutes (30 days)').default(0),
    branches: z.array(z.string().min(1).max(255)).min(1, 'must list at least one branch pattern (or leave it out: every branch)').optional(),
    protected_branches: z.boolean().optional(),
  })
  .refine((e) => !(e.branches && e.protected_branches), 'give either branches or protected_branches: true, not both');

const environmentsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  environments: z.array(environment).min(1, 'must list at least one environment'),
});

export type ReviewerSpec = { type: 'User'; login: string } | { type: 'Team'; org: string; slug: string };

/** Who may deploy: any branch (GitHub's null policy), protected branches only, or these patterns. */
export type BranchPolicySpec = { kind: 'all' } | { kind: 'protected' } | { kind: 'custom'; patterns: string[] };

export interface EnvironmentSpec {
  name: string;
  reviewers: ReviewerSpec[];
  preventSelfReview: boolean;
  /** Minutes. */
  waitTimer: number;
  branchPolicy: BranchPolicySpec;
}

export interface EnvironmentsFile {
  /** As given (repository-relative when it was), for messages. */
  file: string;
  environments: EnvironmentSpec[];
  /** The line of a key path such as ['environments', 0, 'reviewers', 1], for later errors. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Reads the file under root; `owner` is the default org of `team:` reviewers (the repository's). */
export function loadEnvironmentsFile(root: string, written: string | undefined, owner: string): EnvironmentsFile {
  const file = written ?? DEFAULT_ENVIRONMENTS_FILE;
  const abs = path.resolve(root, file);
  let text: string;
  try {
    const size = statSync(abs).size;
    if (size > MAX_FILE_BYTES) throw configError(`file is ${size} bytes; the limit is ${MAX_FILE_BYTES}`, { file });
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    if (err instanceof PromoteError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw usageError(`environments file not found: ${file}`, { key: written === undefined ? undefined : '--file' });
    }
    throw configError(`cannot read environments file: ${(err as Error).message}`, { file });
  }
  return parseEnvironmentsText(text, file, owner);
}

export function parseEnvironmentsText(text: string, file: string, owner: string): EnvironmentsFile {
  const { data, lineOf } = parseYamlSource(text, file, environmentsFileSchema);
  const fail = (message: string, at: (string | number)[]) =>
    configError(`${at.join('.')}: ${message}`, { file, line: lineOf(at), key: at.join('.') });
  // GitHub compares environment names without case: two spellings are one environment.
  const seen = new Map<string, number>();
  data.environments.forEach((env, i) => {
    const earlier = seen.get(env.name.toLowerCase());
    if (earlier !== undefined) throw fail(`'${env.name}' is already environment ${earlier + 1} (names ignore case)`, ['environments', i, 'name']);
    seen.set(env.name.toLowerCase(), i);
  });
  const environments = data.environments.map((env, i): EnvironmentSpec => {
    const reviewers = env.reviewers.map((r): ReviewerSpec => {
      if (r.user !== undefined) return { type: 'User', login: r.user };
      const [org, slug] = (r.team as string).includes('/') ? (r.team as string).split('/') : [owner, r.team as string];
      return { type: 'Team', org: org as string, slug: slug as string };
    });
    const keys = reviewers.map(reviewerLabel).map((k) => k.toLowerCase());
    const dup = keys.findIndex((k, j) => keys.indexOf(k) !== j);
    if (dup >= 0) throw fail(`${reviewerLabel(reviewers[dup]!)} is listed twice`, ['environments', i, 'reviewers', dup]);
    const branchPolicy: BranchPolicySpec = env.branches
      ? { kind: 'custom', patterns: [...new Set(env.branches)] }
      : env.protected_branches
        ? { kind: 'protected' }
        : { kind: 'all' };
    return { name: env.name, reviewers, preventSelfReview: env.prevent_self_review, waitTimer: env.wait_timer, branchPolicy };
  });
  return { file, environments, lineOf };
}

/** `user alice` or `team org/slug`: how reviewers appear in every message. */
export function reviewerLabel(r: ReviewerSpec): string {
  return r.type === 'User' ? `user ${r.login}` : `team ${r.org}/${r.slug}`;
}

export function branchPolicyLabel(policy: BranchPolicySpec): string {
  if (policy.kind === 'all') return 'any branch';
  if (policy.kind === 'protected') return 'protected branches';
  return `branches ${policy.patterns.join(', ')}`;
}
