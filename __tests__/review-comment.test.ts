import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { commentOnPullRequest } from '../src/action/review-comment.js';
import { commentBody, MAX_COMMENT_CHARS, REVIEW_COMMENT_MARKER } from '../src/github/pr-comment.js';
import { runAction } from './harness/action.js';
import { OWNER, REPO, startFakeGitHub, TOKEN } from './harness/fake-github.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig, writeTree } from './harness/tree.js';

const server = await testServer();

function pullRequestEvent(number: number, headRepo = `${OWNER}/${REPO}`) {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, head: { ref: 'pr', repo: { full_name: headRepo } }, base: { ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } } },
  };
}

describe('review comment', () => {
  test('the first run creates the comment; the next finds it by its marker and updates it instead of adding another', async (t) => {
    const fake = await startFakeGitHub(t);
    fake.comments.push({ id: 7, issue: 12, body: 'LGTM', user: 'alice' });
    // Someone quoting the marker in their own comment: not ours to overwrite.
    fake.comments.push({ id: 8, issue: 12, body: `${REVIEW_COMMENT_MARKER}\nmy notes`, user: 'mallory' });
    const request = { eventName: 'pull_request', payload: pullRequestEvent(12), token: TOKEN, apiUrl: fake.env.GITHUB_API_URL };
    const first = await commentOnPullRequest({ ...request, markdown: '### pg-promote review: ✅ passed' });
    assert.equal(first.status, 'created');
    assert.match(first.url!, /\/pull\/12#issuecomment-\d+$/);
    const second = await commentOnPullRequest({ ...request, markdown: '### pg-promote review: ❌ 1 problem' });
    assert.equal(second.status, 'updated');
    assert.equal(second.url, first.url, 'the same comment');
    assert.deepEqual(fake.comments.map((c) => [c.issue, c.body]), [
      [12, 'LGTM'],
      [12, `${REVIEW_COMMENT_MARKER}\nmy notes`],
      [12, `${REVIEW_COMMENT_MARKER}\n### pg-promote review: ❌ 1 problem`],
    ]);
    assert.deepEqual(fake.requests.map((r) => r.operationId), ['issues/list-comments', 'issues/create-comment', 'issues/list-comments', 'issues/update-comment']);
    // A comment on another pull request is not ours to edit.
    const other = await commentOnPullRequest({ ...request, payload: pullRequestEvent(13), markdown: 'x' });
    assert.equal(other.status, 'created');
  });

  test('a pull request from a fork, or an event that is not a pull request, gets no comment and the token is never used', async (t) => {
    const fake = await startFakeGitHub(t);
    const fork = await commentOnPullRequest({ eventName: 'pull_request', payload: pullRequestEvent(5, 'mallory/warehouse'), token: TOKEN, apiUrl: fake.env.GITHUB_API_URL, markdown: 'x' });
    assert.deepEqual(fork, { status: 'skipped', note: 'No pull request comment: the pull request comes from a fork (mallory/warehouse); the review is in this summary only.' });
    const push = await commentOnPullRequest({ eventName: 'push', payload: {}, token: TOKEN, apiUrl: fake.env.GITHUB_API_URL, markdown: 'x' });
    assert.equal(push.status, 'skipped');
    assert.match(push.note, /the event is push, not pull_request/);
    assert.deepEqual(fake.requests, []);
  });

  test('a review longer than GitHub allows is cut, saying where the rest is', () => {
    const body = commentBody('x'.repeat(MAX_COMMENT_CHARS));
    assert.equal(body.length, MAX_COMMENT_CHARS);
    assert.ok(body.startsWith(REVIEW_COMMENT_MARKER));
    assert.match(body, /the rest is in the job summary\._$/);
  });
});

describe('review through the action (from sources, as the runner runs it)', () => {
  const git = (root: string, ...args: string[]) => execFileSync('git', ['-C', root, '-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { stdio: 'ignore' });
  function pullRequestCheckout(change: Record<string, string>): string {
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/001_schema.sql': 'CREATE SCHEMA app;',
      'db/migrations/DOWN/app/001_schema.sql': 'DROP SCHEMA app;',
    });
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'base');
    git(root, 'checkout', '-q', '-b', 'pr');
    writeTree(root, change);
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'pull request');
    return root;
  }
  const CHANGE = { 'db/migrations/app/002_t.sql': 'CREATE TABLE app.t (id int);', 'db/migrations/DOWN/app/002_t.sql': 'DROP TABLE app.t;' };

  async function runReview(root: string, event: object, fake: { env: NodeJS.ProcessEnv }) {
    const eventPath = path.join(makeTree({}), 'event.json');
    writeFileSync(eventPath, JSON.stringify(event));
    return runAction(
      root,
      { command: 'review', 'base-ref': 'main', 'scratch-url': await server.createDatabase('review'), 'github-token': TOKEN },
      'dist/index.js',
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_API_URL: fake.env.GITHUB_API_URL,
        GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      },
    );
  }

  test('a pull request touching db/ gets the review as its comment and as the job summary, the same text in both', async (t) => {
    const fake = await startFakeGitHub(t);
    const run = await runReview(pullRequestCheckout(CHANGE), pullRequestEvent(3), fake);
    assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
    assert.equal(fake.comments.length, 1);
    const body = fake.comments[0]!.body;
    assert.ok(body.startsWith(`${REVIEW_COMMENT_MARKER}\n### pg-promote review: ✅ passed`));
    assert.ok(run.summary.includes(body.slice(REVIEW_COMMENT_MARKER.length + 1)), 'the summary holds the comment text');
    assert.match(run.summary, /Review comment created on pull request #3: https:\/\/github\.com\/acme\/warehouse\/pull\/3#issuecomment-\d+/);
    assert.ok(!(run.stdout.replace(/::add-mask::.*\n/g, '') + run.summary).includes(TOKEN), 'the token is never shown');
  });

  test('from a fork: the summary, a note saying why there is no comment, and not one request to GitHub', async (t) => {
    const fake = await startFakeGitHub(t);
    const run = await runReview(pullRequestCheckout(CHANGE), pullRequestEvent(4, 'mallory/warehouse'), fake);
    assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
    assert.match(run.summary, /### pg-promote review: ✅ passed/);
    assert.match(run.summary, /No pull request comment: the pull request comes from a fork \(mallory\/warehouse\)/);
    assert.deepEqual(fake.requests, []);
  });

  test('no change under db/: a one-line summary and no comment; an earlier review comment is corrected, not left standing', async (t) => {
    const fake = await startFakeGitHub(t);
    const run = await runReview(pullRequestCheckout({ 'README.md': 'docs\n' }), pullRequestEvent(5), fake);
    assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
    assert.match(run.summary, /^\*\*pg-promote review\*\*: nothing to review: no migration, DOWN, view, policy or config file differs from main[^\n]*\n$/);
    assert.deepEqual(fake.requests.filter((r) => r.method !== 'GET'), [], 'no comment created');
    assert.equal(fake.comments.length, 0);

    // An earlier push's failing verdict is still on the pull request: it is overwritten.
    fake.comments.push({ id: 9, issue: 5, body: `${REVIEW_COMMENT_MARKER}\n### pg-promote review: ❌ 1 problem`, user: 'github-actions[bot]' });
    const again = await runReview(pullRequestCheckout({ 'README.md': 'docs\n' }), pullRequestEvent(5), fake);
    assert.equal(again.code, 0);
    assert.equal(fake.comments.length, 1);
    assert.match(fake.comments[0]!.body, /nothing to review/);
  });
});
