import * as core from '@actions/core';
import { failStep } from './fail-step.js';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runEngine } from '../engine/index.js';
import type { PromoteResult } from '../result.js';
import { renderSummary } from '../report/text.js';
import { annotationsOf, emitAnnotations } from './annotations.js';
import { maskSecrets, readInputs } from './inputs.js';
import { actionLogger } from './log.js';
import { reviewMarkdown } from '../report/review-text.js';
import { stageSections, summaryMarkdown } from './summary.js';

/**
 * The action adapter: inputs in, one engine call, and the result out as outputs, a job
 * summary, annotations on the files at fault, and the step's exit status.
 */
export async function run(): Promise<void> {
  maskSecrets();
  const command = core.getInput('command').trim();
  if (command === 'gates-check' || command === 'record-approvals') {
    // Loaded on demand: the GitHub client's imports would slow every other stage's cold start.
    const { runGithubStage } = await import('./github-stage.js');
    return runGithubStage(command, path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), core.getInput('working-directory') || '.'));
  }
  let options;
  try {
    options = readInputs();
  } catch (err) {
    failStep(err);
    return;
  }
  const logger = actionLogger();
  const result = await runEngine({ ...options, onEvent: logger.onEvent });
  logger.close();
  for (const line of renderSummary(result).lines) core.info(line);
  setOutputs(result);
  const omitted = emitAnnotations(annotationsOf(result));
  if (process.env.GITHUB_STEP_SUMMARY) {
    // A pull request that changes nothing under db/ gets one line, not an empty report.
    const summary = result.review?.nothingToReview ? `${reviewMarkdown(result).join('\n')}\n` : summaryMarkdown(result, omitted, stageSections(result));
    await core.summary.addRaw(summary).write();
  }
  if (result.command === 'review') {
    // Loaded on demand, like the GitHub stages: only a review comments on its pull request.
    const { commentReview } = await import('./review-comment.js');
    await commentReview(result);
  }
  // The error is already an annotation (with its file and line); setFailed would print it twice.
  process.exitCode = result.exitCode;
}

function setOutputs(result: PromoteResult): void {
  const resultPath = path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), `pg-promote-${result.command}-${Date.now()}.json`);
  writeFileSync(resultPath, `${JSON.stringify(result, null, 2)}\n`);
  core.setOutput('status', result.ok ? 'success' : result.exitCode === 2 ? 'error' : 'failed');
  core.setOutput('applied-count', String(result.command === 'down' ? result.counts.reverted : result.counts.applied));
  core.setOutput('pending-count', String(result.counts.pending));
  core.setOutput('result-json', resultPath);
  if (result.backup) {
    core.setOutput('backup-path', result.backup.path);
    core.setOutput('backup-manifest', result.backup.manifestPath);
    core.setOutput('backup-sha256', result.backup.sha256);
    if (result.backup.walLsn) core.setOutput('wal-lsn', result.backup.walLsn);
  }
  if (result.report) core.setOutput('report-path', result.report.markdownPath);
}
