import { api, type GitHubClient, type RepoRef } from './client.js';

/**
 * One comment per pull request that pg-promote keeps up to date: found again by a hidden
 * marker in its body, so every push edits the same comment instead of adding another.
 */
export const REVIEW_COMMENT_MARKER = '<!-- pg-promote:review -->';

/** GitHub refuses comment bodies over 65,536 characters. */
export const MAX_COMMENT_CHARS = 65_536;

/** The workflow token needs this to comment (the comments API is the issues API). */
const COMMENT_PERMISSION = 'pull-requests: write';
const READ_PERMISSION = 'pull-requests: read';

export interface StickyComment {
  action: 'created' | 'updated';
  id: number;
  url: string;
}

/** The body as posted: the marker first, and cut (saying so) where GitHub would refuse it. */
export function commentBody(markdown: string, marker = REVIEW_COMMENT_MARKER): string {
  const body = `${marker}\n${markdown}`;
  if (body.length <= MAX_COMMENT_CHARS) return body;
  const note = '\n\n_The review is longer than a comment can be: the rest is in the job summary._';
  return body.slice(0, MAX_COMMENT_CHARS - note.length) + note;
}

/**
 * Ours is the comment a bot (the workflow token) wrote with the marker first: a person quoting
 * the marker in their own comment does not get it overwritten. With `create: false` only an
 * existing comment is updated (a later push with nothing to review corrects an old verdict).
 */
export async function upsertComment(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  markdown: string,
  options: { marker?: string; create?: boolean } = {},
): Promise<StickyComment | undefined> {
  const marker = options.marker ?? REVIEW_COMMENT_MARKER;
  const { octokit } = client;
  const where = { owner: repo.owner, repo: repo.repo };
  const body = commentBody(markdown, marker);
  const comments = await api(READ_PERMISSION, () =>
    octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...where, issue_number: issueNumber, per_page: 100 }),
  );
  const ours = comments.find((c) => c.body?.startsWith(marker) && c.user?.type === 'Bot');
  if (ours) {
    const updated = await api(COMMENT_PERMISSION, () => octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...where, comment_id: ours.id, body }));
    return { action: 'updated', id: Number(updated.data.id), url: updated.data.html_url };
  }
  if (options.create === false) return undefined;
  const created = await api(COMMENT_PERMISSION, () => octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...where, issue_number: issueNumber, body }));
  return { action: 'created', id: Number(created.data.id), url: created.data.html_url };
}
