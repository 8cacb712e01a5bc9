import type { Value } from './expressions.js';
import type { JobDefinition, Workflow } from './workflow.js';

/**
 * GITHUB_TOKEN permissions across a call: a called workflow's jobs may ask for no more than
 * the calling job has, or the run fails at start-up with GitHub's message. A workflow without
 * a permissions block gets the repository default, taken as GitHub's restricted default
 * (contents and packages read).
 */
const SCOPES = ['actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'id-token', 'issues', 'models', 'packages', 'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses'];
const LEVELS = ['none', 'read', 'write'];
export type Permissions = Record<string, string>;

const RESTRICTED: Permissions = Object.fromEntries(SCOPES.map((s) => [s, s === 'contents' || s === 'packages' ? 'read' : 'none']));

function normalize(value: Value | undefined, inherited: Permissions): Permissions {
  if (value === undefined) return inherited;
  if (value === 'read-all' || value === 'write-all') return Object.fromEntries(SCOPES.map((s) => [s, value === 'write-all' ? 'write' : s === 'id-token' ? 'none' : 'read']));
  const given = (value ?? {}) as Record<string, string>;
  return Object.fromEntries(SCOPES.map((s) => [s, given[s] ?? 'none']));
}

/** The permissions a job of a workflow has when the workflow is run (or called with `allowed`). */
export function jobPermissions(workflow: Workflow, job: JobDefinition, allowed: Permissions | undefined): Permissions {
  return normalize(job.permissions, normalize(workflow.permissions, allowed ?? RESTRICTED));
}

export function checkPermissions(called: Workflow, allowed: Permissions): void {
  for (const job of called.jobs) {
    const asked = jobPermissions(called, job, allowed);
    for (const scope of SCOPES) {
      if (LEVELS.indexOf(asked[scope]!) > LEVELS.indexOf(allowed[scope]!)) {
        throw new Error(`error calling workflow '${called.origin.repo}/${called.origin.path}@${called.origin.sha.slice(0, 7)}'. The nested job '${job.id}' is requesting '${scope}: ${asked[scope]}', but is only allowed '${scope}: ${allowed[scope]}'.`);
      }
    }
  }
}
