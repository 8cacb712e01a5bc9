import * as core from '@actions/core';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDatabaseUrl } from '../db/connection-url.js';
import { runEngine } from '../engine/index.js';
import { formatErrorLine } from '../errors/format.js';
import { exitCodeFor } from '../errors/exit-codes.js';
import { asPromoteError } from '../errors/promote-error.js';
import type { PromoteResult } from '../result.js';
import { renderEvent } from '../report/text.js';
import { readInputs } from './inputs.js';

/**
 * The action adapter: inputs in, the engine's result out as outputs, a job summary, an error
 * annotation at the failing file and line, and the step's status.
 */
export async function run(): Promise<void> {
  const rawUrl = core.getInput('database-url') || process.env.DATABASE_URL;
  if (rawUrl) {
    core.setSecret(rawUrl);
    try {
      const password = parseDatabaseUrl(rawUrl).password;
      if (password) {
        core.setSecret(password);
        core.setSecret(encodeURIComponent(password));
      }
    } catch {
      // malformed: the engine reports it by input name, without the value
    }
  }
  let inputs;
  try {
    inputs = readInputs();
  } catch (err) {
    const e = asPromoteError(err);
    core.setOutput('status', 'error');
    core.setFailed(e.message);
    process.exitCode = exitCodeFor(e.kind);
    return;
  }
  const result = await runEngine({
    command: inputs.command,
    root: inputs.workingDirectory,
    configPath: inputs.configPath,
    databaseUrl: inputs.databaseUrl,
    phases: inputs.phases,
    dryRun: inputs.dryRun,
    to: inputs.to,
    onEvent: (event) => {
      const line = renderEvent(event);
      if (line) core.info(line);
    },
  });
  const resultPath = path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), `pg-promote-${inputs.command}-${Date.now()}.json`);
  writeFileSync(resultPath, JSON.stringify(result, null, 2));
  core.setOutput('status', result.ok ? 'success' : 'failed');
  core.setOutput('applied-count', String(result.counts.applied));
  core.setOutput('pending-count', String(result.counts.pending));
  core.setOutput('result-json', resultPath);
  await writeSummary(result);
  if (result.error) {
    const e = result.error;
    core.error(formatErrorLine(e), e.file ? { file: e.file, startLine: e.line, startColumn: e.column, title: `pg-promote ${result.command}` } : undefined);
    core.setFailed(`pg-promote ${result.command} failed`);
  }
  process.exitCode = result.exitCode;
}

async function writeSummary(result: PromoteResult): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const rows = result.phases.flatMap((phase) =>
    phase.files.map((f) => [phase.name, f.kind, f.version ?? '', f.file, f.status, f.durationMs === undefined ? '' : `${f.durationMs} ms`]),
  );
  const summary = core.summary.addHeading(`pg-promote ${result.command}: ${result.ok ? 'succeeded' : 'failed'}`, 2);
  if (result.database) summary.addRaw(`Database: \`${result.database.target}\``, true);
  summary.addTable([
    [
      { data: 'phase', header: true }, { data: 'kind', header: true }, { data: 'version', header: true },
      { data: 'file', header: true }, { data: 'status', header: true }, { data: 'time', header: true },
    ],
    ...rows,
  ]);
  if (result.error) summary.addCodeBlock(formatErrorLine(result.error));
  await summary.write();
}
