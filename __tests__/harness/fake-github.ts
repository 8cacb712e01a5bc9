import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestContext } from 'node:test';
import { checkRequest, checkResponse, example, matchRoute, type MatchedRoute } from './openapi.js';

/**
 * A local GitHub REST API for one repository, on 127.0.0.1: environments, their branch
 * policies, users, teams, a workflow run's review history and pull request comments,
 * answering as GitHub does (its documented example bodies, its 404/422 rules). Every request it receives and every answer it
 * gives is checked against GitHub's OpenAPI description; any mismatch fails the test.
 */
export const OWNER = 'acme';
export const REPO = 'warehouse';
/** Distinctive, so a test can prove it never appears in any output. */
export const TOKEN = 'ghs_FAKEtoken_MUST_NOT_BE_PRINTED_8d2f41';

export interface FakeEnvironment {
  id: number;
  name: string;
  waitTimer: number;
  preventSelfReview: boolean;
  reviewers: { type: 'User' | 'Team'; id: number }[];
  policy: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  patterns: { id: number; name: string; type: 'branch' | 'tag' }[];
}

export interface Review {
  environments: string[];
  state: 'approved' | 'rejected' | 'pending';
  user: string;
  comment: string;
  /** When it was given (ISO 8601); the approvals answer has no such field, other answers may use it. */
  at?: string;
}

/** A comment on an issue or pull request (GitHub's comments API is the issues API for both). */
export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: string;
}

/** A workflow run as the actions runs and jobs endpoints show it (the executor in gha/ keeps it current). */
export interface RunView {
  name: string;
  path: string;
  headSha: string;
  branch: string;
  event: string;
  actor: string;
  triggeringActor: string;
  attempt: number;
  status: 'queued' | 'in_progress' | 'waiting' | 'pending' | 'completed';
  conclusion: string | null;
  startedAt: string;
  /** The jobs of the latest attempt that have finished (a job a re-run kept keeps its attempt and times). */
  jobs: { id: number; name: string; conclusion: string; startedAt: string; completedAt: string; attempt: number }[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  body?: unknown;
}

export interface FakeGitHub {
  /** GITHUB_TOKEN and GITHUB_API_URL for the CLI. */
  env: NodeJS.ProcessEnv;
  /** The repositories it answers for ('owner/repo'); OWNER/REPO unless a test adds more. */
  repositories: Set<string>;
  users: Map<string, number>;
  /** 'org/slug' -> id. */
  teams: Map<string, { id: number; name: string }>;
  environments: Map<string, FakeEnvironment>;
  runs: Map<number, Review[]>;
  /** Runs for GET …/actions/runs/{run_id} and …/runs/{run_id}/jobs. */
  workflowRuns: Map<number, RunView>;
  /** Issue and pull request comments, in the order they were created. */
  comments: FakeComment[];
  requests: RecordedRequest[];
  /** Answer this operation with this status (and GitHub's kind of message) from now on. */
  fail(operationId: string, status: number, message: string): void;
  /** Adds an environment as the GitHub UI would have created it. */
  addEnvironment(name: string, settings?: Partial<Omit<FakeEnvironment, 'id' | 'name'>>): FakeEnvironment;
  environment(name: string): FakeEnvironment | undefined;
}

/** Starts a fake for one test; it stops, and the test fails on any request GitHub would not accept, when the test ends. */
export async function startFakeGitHub(t: TestContext): Promise<FakeGitHub> {
  let nextId = 1000;
  const violations: string[] = [];
  const failures = new Map<string, { status: number; message: string }>();
  const fake: FakeGitHub = {
    env: {},
    repositories: new Set([`${OWNER}/${REPO}`]),
    users: new Map(),
    teams: new Map(),
    environments: new Map(),
    runs: new Map(),
    workflowRuns: new Map(),
    comments: [],
    requests: [],
    fail: (operationId, status, message) => void failures.set(operationId, { status, message }),
    addEnvironment(name, settings = {}) {
      const env: FakeEnvironment = { id: nextId++, name, waitTimer: 0, preventSelfReview: false, reviewers: [], policy: null, patterns: [], ...settings };
      fake.environments.set(name.toLowerCase(), env);
      return env;
    },
    environment: (name) => fake.environments.get(name.toLowerCase()),
  };

  const handle = (route: MatchedRoute, body: any): [number, unknown] => {
    const p = route.params;
    const failure = failures.get(route.operationId);
    if (failure) return [failure.status, error(failure.message)];
    if ('owner' in p && !fake.repositories.has(`${p.owner}/${p.repo}`)) return [404, error('Not Found')];
    const env = p.environment_name === undefined ? undefined : fake.environment(p.environment_name);
    switch (route.operationId) {
      case 'users/get-by-username': {
        const id = fake.users.get(p.username as string);
        return id === undefined ? [404, error('Not Found')] : [200, user(p.username as string, id)];
      }
      case 'teams/get-by-name': {
        const team = fake.teams.get(`${p.org}/${p.team_slug}`);
        return team ? [200, fullTeam(team.id, p.team_slug as string, team.name)] : [404, error('Not Found')];
      }
      case 'repos/get-environment':
        return env ? [200, environmentBody(env)] : [404, error('Not Found')];
      case 'repos/create-or-update-environment': {
        const policy = body?.deployment_branch_policy ?? null;
        if (policy && policy.protected_branches === policy.custom_branch_policies) return [422, error('protected_branches and custom_branch_policies cannot both be ' + policy.protected_branches)];
        const reviewers = (body?.reviewers ?? []) as { type: 'User' | 'Team'; id: number }[];
        const unknown = reviewers.find((r) => !(r.type === 'User' ? [...fake.users.values()] : [...fake.teams.values()].map((x) => x.id)).includes(r.id));
        if (unknown) return [422, error(`Reviewer ${unknown.type} ${unknown.id} is not a valid reviewer`)];
        const target = env ?? fake.addEnvironment(p.environment_name as string);
        // Like GitHub, a PUT sets every rule: what the body leaves out is reset.
        target.waitTimer = body?.wait_timer ?? 0;
        target.preventSelfReview = body?.prevent_self_review ?? false;
        target.reviewers = reviewers.map((r) => ({ type: r.type, id: r.id }));
        if (!policy?.custom_branch_policies) target.patterns = [];
        target.policy = policy;
        return [200, environmentBody(target)];
      }
      case 'repos/list-deployment-branch-policies':
        if (!env) return [404, error('Not Found')];
        return [200, { total_count: env.patterns.length, branch_policies: env.patterns.map(patternBody) }];
      case 'repos/create-deployment-branch-policy': {
        if (!env || !env.policy?.custom_branch_policies) return [404, error('Not Found')];
        const pattern = { id: nextId++, name: body.name as string, type: (body.type ?? 'branch') as 'branch' | 'tag' };
        env.patterns.push(pattern);
        return [200, patternBody(pattern)];
      }
      case 'repos/delete-deployment-branch-policy': {
        const index = env?.patterns.findIndex((x) => x.id === Number(p.branch_policy_id)) ?? -1;
        if (!env || index < 0) return [404, error('Not Found')];
        env.patterns.splice(index, 1);
        return [204, undefined];
      }
      case 'actions/get-reviews-for-run': {
        const reviews = fake.runs.get(Number(p.run_id));
        if (!reviews) return [404, error('Not Found')];
        return [200, reviews.map((r) => reviewBody(r))];
      }
      case 'actions/get-workflow-run': {
        const run = fake.workflowRuns.get(Number(p.run_id));
        return run ? [200, workflowRunBody(Number(p.run_id), `${p.owner}/${p.repo}`, run)] : [404, error('Not Found')];
      }
      case 'actions/list-jobs-for-workflow-run': {
        const run = fake.workflowRuns.get(Number(p.run_id));
        if (!run) return [404, error('Not Found')];
        return [200, { total_count: run.jobs.length, jobs: run.jobs.map((j) => jobBody(Number(p.run_id), `${p.owner}/${p.repo}`, run, j)) }];
      }
      case 'issues/list-comments':
        return [200, fake.comments.filter((c) => c.issue === Number(p.issue_number)).map(commentBody)];
      case 'issues/create-comment': {
        if (typeof body?.body !== 'string') return [422, error('body is missing')];
        const comment: FakeComment = { id: nextId++, issue: Number(p.issue_number), body: body.body, user: 'github-actions[bot]' };
        fake.comments.push(comment);
        return [201, commentBody(comment)];
      }
      case 'issues/update-comment': {
        const comment = fake.comments.find((c) => c.id === Number(p.comment_id));
        if (!comment) return [404, error('Not Found')];
        comment.body = body.body;
        return [200, commentBody(comment)];
      }
      default:
        return [404, error(`the fake does not implement ${route.operationId}`)];
    }
  };

  const reviewBody = (r: Review) => ({
    ...example('environment-approvals-items')[0],
    state: r.state,
    comment: r.comment,
    user: user(r.user, fake.users.get(r.user) ?? 1),
    environments: r.environments.map((name) => {
      const env = fake.environment(name);
      return { ...example('environment'), id: env?.id ?? 1, name, protection_rules: undefined, deployment_branch_policy: undefined };
    }),
  });

  const environmentBody = (env: FakeEnvironment) => {
    const rules: unknown[] = [];
    if (env.waitTimer > 0) rules.push({ id: env.id * 10 + 1, node_id: 'R1', type: 'wait_timer', wait_timer: env.waitTimer });
    if (env.reviewers.length > 0) {
      rules.push({
        id: env.id * 10 + 2,
        node_id: 'R2',
        type: 'required_reviewers',
        prevent_self_review: env.preventSelfReview,
        reviewers: env.reviewers.map((r) => ({ type: r.type, reviewer: r.type === 'User' ? user(loginOf(r.id), r.id) : teamBody(r.id) })),
      });
    }
    if (env.policy) rules.push({ id: env.id * 10 + 3, node_id: 'R3', type: 'branch_policy' });
    return {
      ...example('environment'),
      id: env.id,
      name: env.name,
      url: `https://api.github.com/repos/${OWNER}/${REPO}/environments/${env.name}`,
      protection_rules: rules,
      deployment_branch_policy: env.policy,
    };
  };
  const loginOf = (id: number) => [...fake.users].find(([, v]) => v === id)?.[0] ?? 'ghost';
  const teamBody = (id: number) => {
    const [key, team] = [...fake.teams].find(([, v]) => v.id === id) ?? ['acme/ghost', { id, name: 'ghost' }];
    const { organization: _o, members_count: _m, repos_count: _r, created_at: _c, updated_at: _u, ...simple } = fullTeam(team.id, key.split('/')[1] as string, team.name);
    return { ...simple, parent: null };
  };

  const server = createServer((req, res) => void serve(req, res));
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const route = matchRoute(method, url.pathname);
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    fake.requests.push({ method, path: url.pathname, operationId: route?.operationId, body });
    const problems = checkRequest(method, url, text, req.headers['content-type']);
    let answer: [number, unknown];
    if (req.headers.authorization !== `token ${TOKEN}`) answer = [401, error('Bad credentials')];
    else if (problems.length > 0 || !route) {
      violations.push(...problems);
      answer = [422, error(`Invalid request: ${problems.join('; ')}`)];
    } else answer = handle(route, body);
    const status = answer[0];
    // Checked and sent as JSON text: what GitHub's clients see, with undefined fields gone.
    const payload = answer[1] === undefined ? undefined : JSON.parse(JSON.stringify(answer[1]));
    // The fake's own answers must be GitHub's shape too, or the test proves nothing.
    if (route && status !== 401) violations.push(...checkResponse(route, status, payload));
    res.writeHead(status, payload === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' });
    res.end(payload === undefined ? undefined : JSON.stringify(payload));
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: `http://127.0.0.1:${port}` };
  t.after(async () => {
    await new Promise((resolve) => server.close(resolve));
    if (violations.length > 0) throw new Error(`requests or answers GitHub's OpenAPI description does not allow:\n${violations.join('\n')}`);
  });
  return fake;
}

function user(login: string, id: number) {
  return { ...example('public-user-default-response'), login, id, url: `https://api.github.com/users/${login}` };
}

// GitHub's documented example predates two fields the schema now requires; the API sends them.
function fullTeam(id: number, slug: string, name: string) {
  const team = example('team-full');
  return { ...team, id, slug, name, type: 'organization', organization: { ...team.organization, archived_at: null } };
}

function commentBody(c: FakeComment) {
  return {
    ...example('issue-comment'),
    id: c.id,
    node_id: `IC_${c.id}`,
    body: c.body,
    // The workflow token comments as github-actions[bot], a Bot; people are Users.
    user: { ...user(c.user, 41898282), type: c.user.endsWith('[bot]') ? 'Bot' : 'User' },
    url: `https://api.github.com/repos/${OWNER}/${REPO}/issues/comments/${c.id}`,
    html_url: `https://github.com/${OWNER}/${REPO}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `https://api.github.com/repos/${OWNER}/${REPO}/issues/${c.issue}`,
  };
}

function workflowRunBody(id: number, repo: string, run: RunView) {
  const base = example('workflow-run');
  const actor = (login: string) => ({ ...base.actor, login, url: `https://api.github.com/users/${login}` });
  return {
    ...base,
    id,
    name: run.name,
    display_title: run.name,
    path: run.path,
    head_sha: run.headSha,
    head_branch: run.branch,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    run_attempt: run.attempt,
    run_started_at: run.startedAt,
    actor: actor(run.actor),
    triggering_actor: actor(run.triggeringActor),
    url: `https://api.github.com/repos/${repo}/actions/runs/${id}`,
    html_url: `https://github.com/${repo}/actions/runs/${id}`,
  };
}

function jobBody(runId: number, repo: string, run: RunView, job: RunView['jobs'][number]) {
  return {
    ...example('job'),
    id: job.id,
    run_id: runId,
    run_attempt: job.attempt,
    name: job.name,
    workflow_name: run.name,
    head_sha: run.headSha,
    head_branch: run.branch,
    status: 'completed',
    conclusion: job.conclusion,
    started_at: job.startedAt,
    completed_at: job.completedAt,
    created_at: job.startedAt,
    steps: [],
    url: `https://api.github.com/repos/${repo}/actions/jobs/${job.id}`,
    html_url: `https://github.com/${repo}/actions/runs/${runId}/job/${job.id}`,
    run_url: `https://api.github.com/repos/${repo}/actions/runs/${runId}`,
  };
}

function patternBody(p: { id: number; name: string; type: 'branch' | 'tag' }) {
  return { id: p.id, node_id: `P${p.id}`, name: p.name, type: p.type };
}

function error(message: string) {
  return { message, documentation_url: 'https://docs.github.com/rest' };
}
