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
import { checkSignoffs, parseMaxAge, signoffsError } from '../github/signoffs-check.js';

export type GithubStage = 'gates-check' | 'record-approvals' | 'signoffs-check';

const inputList = (name: string) => core.getInput(name).split(/[,\n]/).map((n) => n.trim()).filter(Boolean);

/** The environments input, checked as the CLI checks --environments but named as the input. */
function environmentsInput(stage: string): string[] {
  const given = inputList('environments');
  if (given.length === 0) throw usageError(`input 'environments' is required for ${stage}`, { key: 'environments' });
  try {
    return parseEnvironmentList(given);
  } catch (err) {
    const e = asPromoteError(err);
    throw usageError(e.message.replace(/^--environments\b:?\s*/, "input 'environments': "), { key: 'environments' });
  }
}

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
    if (stage === 'signoffs-check') {
      const names = environmentsInput(stage);
      const maxAgeMs = parseMaxAge(core.getInput('signoff-max-age'), "input 'signoff-max-age'");
      const runId = parseRunIdInput();
      const report = await checkSignoffs(client, repo, runId, { environments: names, maxAgeMs });
      for (const s of report.signoffs) {
        if (s.problem) core.error(s.problem, { title: 'pg-promote signoffs-check' });
        else core.info(`✓ ${s.environment}: approved by ${s.approvers.join(', ')} at ${s.approvedAt}`);
      }
      await core.summary
        .addHeading(`pg-promote signoffs-check: ${report.ok ? '✅ every sign-off holds' : '❌ not every sign-off holds: nothing was touched'}`, 2)
        .addTable([
          [{ data: 'environment', header: true }, { data: 'approved by', header: true }, { data: 'approved at', header: true }, { data: 'problem', header: true }],
          ...report.signoffs.map((s) => [s.environment, s.approvers.join(', ') || '—', s.approvedAt ?? '—', s.problem ?? '']),
        ])
        .addRaw(`Run ${report.runId}, started by ${report.startedBy.join(', ')}; sign-offs older than ${report.maxAgeMs / 3_600_000} h do not count.`, true)
        .write();
      const error = signoffsError(report);
      core.setOutput('status', error ? 'failed' : 'success');
      process.exitCode = exitCodeFor(error?.kind);
      return;
    }
    if (stage === 'gates-check') {
      const names = environmentsInput(stage);
      const targets = inputList('target-environments');
      const report = await checkGates(client, repo, names, targets);
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
    const runId = parseRunIdInput();
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
    await core.summary.addHeading(`pg-promote ${stage}: ❌ could not run`, 2).addRaw(e.message, true).write().catch(() => undefined);
    core.setOutput('status', e.kind === 'usage' || e.kind === 'config' || e.kind === 'connection' ? 'error' : 'failed');
    process.exitCode = exitCodeFor(e.kind);
  }
}

function parseRunIdInput(): number {
  const given = core.getInput('run-id').trim();
  try {
    return parseRunId(given || process.env.GITHUB_RUN_ID);
  } catch {
    throw usageError(`input 'run-id' must be a workflow run id (a positive whole number), not '${given || process.env.GITHUB_RUN_ID || ''}'`, { key: 'run-id' });
  }
}
