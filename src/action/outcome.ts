import * as core from '@actions/core';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reviewMarkdown } from '../report/review-text.js';
import { renderSummary } from '../report/text.js';
import type { AnyResult } from '../result.js';
import { annotationsOf, emitAnnotations, fromRepositoryRoot } from './annotations.js';
import { stageSections, summaryMarkdown } from './summary.js';

/**
 * What a stage's result becomes on the runner: its summary lines in the log, the step's
 * outputs, annotations on the files at fault and the job summary. Loaded once the engine has
 * returned: none of it is needed to reach the database, so none of it delays that.
 */
export async function reportOutcome(result: AnyResult, where: { workingDirectory: string; workspace: string }): Promise<void> {
  for (const line of renderSummary(result).lines) core.info(line);
  setOutputs(result);
  const omitted = emitAnnotations(fromRepositoryRoot(annotationsOf(result), where.workingDirectory, where.workspace));
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
}

function setOutputs(result: AnyResult): void {
  const resultPath = path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), `pg-promote-${result.command}-${Date.now()}.json`);
  writeFileSync(resultPath, `${JSON.stringify(result, null, 2)}\n`);
  core.setOutput('status', result.ok ? 'success' : result.exitCode === 2 ? 'error' : 'failed');
  const counts = result.counts ?? { applied: 0, pending: 0, reverted: 0 };
  core.setOutput('applied-count', String(result.command === 'down' ? counts.reverted : counts.applied));
  core.setOutput('pending-count', String(counts.pending));
  core.setOutput('result-json', resultPath);
  if (result.backup) {
    core.setOutput('backup-path', result.backup.path);
    core.setOutput('backup-manifest', result.backup.manifestPath);
    core.setOutput('backup-sha256', result.backup.sha256);
    if (result.backup.walLsn) core.setOutput('wal-lsn', result.backup.walLsn);
  }
  if (result.report) core.setOutput('report-path', result.report.markdownPath);
  if (result.command === 'record-approvals' && result.out) core.setOutput('approvals-json', result.out);
}
