import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { runAction } from './harness/action.js';
import { OWNER, REPO, startFakeGitHub, TOKEN } from './harness/fake-github.js';
import { testServer } from './harness/server.js';
import { makeTree } from './harness/tree.js';

const server = await testServer();
const GATES = ['signoff-engineering-lead', 'signoff-database-admin', 'signoff-security', 'signoff-product-owner'];

/** The action's GitHub stages, run as the runner runs them, against the fake REST API. */
function runnerEnv(fake: { env: NodeJS.ProcessEnv }): NodeJS.ProcessEnv {
  return { GITHUB_API_URL: fake.env.GITHUB_API_URL, GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_RUN_ID: '4242' };
}

describe('action: GitHub stages', () => {
  test('gates-check passes when every sign-off environment has reviewers, and fails naming the one that has none', async (t) => {
    const fake = await startFakeGitHub(t);
    fake.users.set('alice', 101);
    for (const gate of GATES) fake.addEnvironment(gate, { reviewers: [{ type: 'User', id: 101 }] });
    const ok = await runAction(makeTree({}), { command: 'gates-check', environments: GATES.join(','), 'github-token': TOKEN }, 'dist/index.js', runnerEnv(fake));
    assert.equal(ok.code, 0, ok.stdout);
    assert.equal(ok.outputs.status, 'success');
    fake.addEnvironment('signoff-security', { reviewers: [] });
    const bad = await runAction(makeTree({}), { command: 'gates-check', environments: GATES.join(','), 'github-token': TOKEN }, 'dist/index.js', runnerEnv(fake));
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /::error title=pg-promote::environment 'signoff-security' has no required reviewers/);
    assert.match(bad.summary, /signoff-security/);
    for (const run of [ok, bad]) assert.ok(!(run.stdout.replace(/::add-mask::.*\n/g, '') + run.summary).includes(TOKEN), 'the token is never shown');
  });

  test('record-approvals writes who signed off, with comments, to a file, the summary and the audit schema', async (t) => {
    const fake = await startFakeGitHub(t);
    fake.users.set('alice', 101);
    for (const gate of GATES) fake.addEnvironment(gate, { reviewers: [{ type: 'User', id: 101 }] });
    fake.runs.set(4242, GATES.map((gate, i) => ({ environments: [gate], state: 'approved', user: ['alice', 'bob', 'carol', 'dave'][i]!, comment: `ok ${i}` })));
    const url = await server.createDatabase();
    const run = await runAction(makeTree({}), { command: 'record-approvals', 'github-token': TOKEN, 'database-url': url }, 'dist/index.js', runnerEnv(fake));
    assert.equal(run.code, 0, run.stdout);
    const record = JSON.parse(readFileSync(run.outputs['approvals-json']!, 'utf8'));
    assert.deepEqual(record.approvals.map((a: { environment: string; user: string }) => [a.environment, a.user]), GATES.map((g, i) => [g, ['alice', 'bob', 'carol', 'dave'][i]]));
    assert.match(run.summary, /signoff-database-admin \| bob \| approved \| ok 1|<td>signoff-database-admin<\/td><td>bob<\/td>/);
    const rows = await server.query(url, "SELECT actor, detail->>'environment' AS environment FROM audit.promotion_events WHERE event LIKE 'signoff.%' ORDER BY id");
    assert.deepEqual(rows.rows.map((r) => r.actor), ['alice', 'bob', 'carol', 'dave']);
  });
});
