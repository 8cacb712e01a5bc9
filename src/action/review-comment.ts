import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { asPromoteError } from '../errors/promote-error.js';
import { githubClient } from '../github/client.js';
import { parseRepo } from '../github/parse.js';
import { upsertComment } from '../github/pr-comment.js';
import { reviewMarkdown } from '../report/review-text.js';
import type { AnyResult } from '../result.js';

/** The parts of a pull_request event payload the comment needs. */
interface PullRequestEvent {
  pull_request?: {
    number?: number;
    head?: { repo?: { full_name?: string } | null };
    base?: { repo?: { full_name?: string } };
  };
}

export interface CommentRequest {
  /** GITHUB_EVENT_NAME. */
  eventName: string | undefined;
  /** The event payload (GITHUB_EVENT_PATH's JSON). */
  payload: unknown;
  token: string;
  /** GITHUB_API_URL. */
  apiUrl: string | undefined;
  markdown: string;
  /** Update our comment if there is one; never create one. */
  onlyUpdate?: boolean;
}

export interface CommentOutcome {
  status: 'created' | 'updated' | 'skipped';
  /** One line for the log and the job summary. */
  note: string;
  url?: string;
}

/**
 * Posts the review on its pull request, or edits the comment an earlier push left. A pull
 * request from a fork gets no comment: its workflow has a read-only token, and the token is
 * not touched at all, so nothing of it can leak to code the fork controls.
 */
export async function commentOnPullRequest(request: CommentRequest): Promise<CommentOutcome> {
  if (request.eventName !== 'pull_request' && request.eventName !== 'pull_request_target') {
    return { status: 'skipped', note: `No pull request comment: the event is ${request.eventName ?? 'unknown'}, not pull_request.` };
  }
  const pr = (request.payload as PullRequestEvent | undefined)?.pull_request;
  const base = pr?.base?.repo?.full_name;
  if (!pr || typeof pr.number !== 'number' || !base) {
    return { status: 'skipped', note: 'No pull request comment: the event payload names no pull request.' };
  }
  const head = pr.head?.repo?.full_name;
  if (head !== base) {
    return { status: 'skipped', note: `No pull request comment: the pull request comes from a fork (${head ?? 'a deleted repository'}); the review is in this summary only.` };
  }
  if (!request.token) return { status: 'skipped', note: 'No pull request comment: no github-token was given.' };
  const client = githubClient({ GITHUB_TOKEN: request.token, GITHUB_API_URL: request.apiUrl });
  const comment = await upsertComment(client, parseRepo(base), pr.number, request.markdown, { create: !request.onlyUpdate });
  if (!comment) return { status: 'skipped', note: `No pull request comment: nothing to review, and no earlier review comment on #${pr.number} to correct.` };
  return { status: comment.action, note: `Review comment ${comment.action} on pull request #${pr.number}: ${comment.url}`, url: comment.url };
}

/**
 * After `review`: the comment, from the runner's environment. A pull request without database
 * changes gets no comment. A failed comment is a warning: the review's verdict is the exit code.
 */
export async function commentReview(result: AnyResult): Promise<void> {
  if (!result.review) return;
  const token = core.getInput('github-token') || process.env.GITHUB_TOKEN || '';
  if (token) core.setSecret(token);
  let outcome: CommentOutcome;
  try {
    const eventPath = process.env.GITHUB_EVENT_PATH;
    const payload = eventPath ? JSON.parse(readFileSync(eventPath, 'utf8')) : undefined;
    outcome = await commentOnPullRequest({
      eventName: process.env.GITHUB_EVENT_NAME,
      payload,
      token,
      apiUrl: process.env.GITHUB_API_URL,
      markdown: reviewMarkdown(result).join('\n\n'),
      // Nothing to review comments nowhere new, but corrects a verdict an earlier push left.
      onlyUpdate: result.review.nothingToReview,
    });
  } catch (err) {
    const message = `No pull request comment: ${asPromoteError(err).message}`;
    core.warning(message, { title: 'pg-promote review' });
    outcome = { status: 'skipped', note: message };
  }
  core.info(outcome.note);
  // Nothing to review keeps its one-line summary unless an old comment was corrected.
  const quiet = result.review.nothingToReview && outcome.status === 'skipped';
  if (process.env.GITHUB_STEP_SUMMARY && !quiet) await core.summary.addRaw(`\n${outcome.note}\n`, true).write();
}
