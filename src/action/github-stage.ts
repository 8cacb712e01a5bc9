import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDatabaseUrl } from '../db/connection-url.js';
import { exitCodeFor } from '../errors/exit-codes.js';
import { asPromoteError, usageError } from '../errors/promote-error.js';
import { fetchApprovals, parseRunId } from '../github/approvals.js';
import { recordApprovals } from '../github/approvals-db.js';
import { githubClient, parseRepo } from '../github/client.js';
import { checkGates, gatesError, parseEnvironmentList } from '../github/gates-check.js';

export type GithubStage = 'gates-check' | 'record-approvals';

/**
 * The promotion's GitHub-side steps, as action commands: check that every sign-off
 * environment can hold a sign-off before anyone is asked, and afterwards record who signed off.
 * The token comes from the `github-token` input and goes only into the client.
 */
export async function runGithubStage(stage: GithubStage, root: string): Promise<void> {
  const token = core.getInput('github-token') || process.env.GITHUB_TOKEN || '';
  if (token) core.setSecret(token);
  const env = { ...process.env, GITHUB_TOKEN: token };
  try {
    const repo = parseRepo(core.getInput('repository') || process.env.GITHUB_REPOSITORY);
    const client = githubClient(env);
    if (stage === 'gates-check') {
      const names = parseEnvironmentList(core.getInput('environments').split(/[,\n]/).map((n) => n.trim()).filter(Boolean));
      if (names.length === 0) throw usageError("input 'environments' is required for gates-check", { key: 'environments' });
      const report = await checkGates(client, repo, names);
      for (const gate of report.gates) {
        if (gate.problem) core.error(gate.problem, { title: 'pg-promote gates-check' });
        for (const warning of gate.warnings) core.warning(warning, { title: 'pg-promote gates-check' });
        if (gate.ok) core.info(`✓ ${gate.environment}: ${gate.reviewers.join(', ')}`);
      }
      await core.summary
        .addHeading(`pg-promote gates-check: ${report.ok ? '✅ every gate can hold a sign-off' : '❌ not every gate can hold a sign-off'}`, 2)
        .addTable([
          [{ data: 'environment', header: true }, { data: 'required reviewers', header: true }, { data: 'problem', header: true }],
          ...report.gates.map((g) => [g.environment, g.reviewers.join(', ') || '—', g.problem ?? '']),
        ])
        .write();
      const error = gatesError(report);
      core.setOutput('status', error ? 'failed' : 'success');
      process.exitCode = exitCodeFor(error?.kind);
      return;
    }
    const runId = parseRunId(core.getInput('run-id') || process.env.GITHUB_RUN_ID);
    const record = await fetchApprovals(client, repo, runId);
    const databaseUrl = core.getInput('database-url') || process.env.DATABASE_URL;
    if (databaseUrl) record.database = await recordApprovals({ url: databaseUrl, target: parseDatabaseUrl(databaseUrl), root, configPath: core.getInput('config') || undefined }, record);
    const file = path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), `pg-promote-approvals-${runId}.json`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
    await core.summary
      .addHeading('pg-promote: sign-offs', 2)
      .addTable([
        [{ data: 'environment', header: true }, { data: 'reviewer', header: true }, { data: 'state', header: true }, { data: 'comment', header: true }],
        ...record.approvals.map((a) => [a.environment, a.user, a.state, a.comment]),
      ])
      .addRaw(`Read ${record.recordedAt}${record.database ? `; ${record.database.recorded} recorded in ${record.database.table}` : ''}.`, true)
      .write();
    core.setOutput('status', 'success');
    core.setOutput('approvals-json', file);
  } catch (err) {
    const e = asPromoteError(err);
    core.error(e.message, { title: `pg-promote ${stage}` });
    core.setOutput('status', e.kind === 'usage' || e.kind === 'config' || e.kind === 'connection' ? 'error' : 'failed');
    process.exitCode = exitCodeFor(e.kind);
  }
}
