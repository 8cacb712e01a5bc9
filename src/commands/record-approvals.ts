import os from 'node:os';
import path from 'node:path';
import { defineCommand } from './command.js';
import { REPO, repoOf, RUN_ID, runIdOf } from './github-options.js';

/**
 * Offline as far as the engine goes: the database is optional (with one, the sign-offs go to
 * its audit schema through a session of their own), and the GitHub API is read first.
 */
export const recordApprovals = defineCommand({
  name: 'record-approvals',
  cli: 'approvals record',
  summary: "record who signed off a workflow run, with their comments, into a JSON file and, with a database, the audit schema",
  connects: false,
  writes: true,
  dryRun: false,
  windows: 'none',
  actionNames: ['record-approvals'],
  options: {
    repo: REPO,
    runId: RUN_ID,
    out: { flag: 'out', input: false, type: 'string', arg: 'FILE', doc: 'approvals record: also write the sign-offs to FILE (JSON, for report --results). The action writes it to its approvals-json output.' },
  },
  engine: (o, shared, ctx) => {
    const runId = runIdOf(o.runId, ctx);
    const out = o.out ?? (ctx.adapter === 'action' ? path.join(ctx.env.RUNNER_TEMP ?? os.tmpdir(), `pg-promote-approvals-${runId}.json`) : undefined);
    return { ...shared, github: { repo: repoOf(o.repo, ctx), runId, out } };
  },
  report: () => ({}),
  async run(ctx) {
    return (await import('../engine/github.js')).recordApprovals(ctx);
  },
});
