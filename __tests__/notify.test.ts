import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import type { AnyResult } from '../src/result.js';
import { runAction } from './harness/action.js';
import { cli, cliJson } from './harness/cli.js';
import { withEnv } from './harness/postgres.js';
import { makeTree, onePhaseConfig, writeTree } from './harness/tree.js';

// The secret part of a webhook URL, as Slack's carry theirs: in the path.
const TOKEN = 'T0SECRET/B0SECRET/xoxSecretToken4242';

interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

type Answer = { status: number; body?: string } | 'hang';

/** A webhook receiver on 127.0.0.1: records every request and answers as `answer` says (by request number). */
async function hookServer(answer: (n: number) => Answer = () => ({ status: 200, body: 'ok' })) {
  const received: Received[] = [];
  const hanging: ServerResponse[] = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (d) => (text += d));
    req.on('end', () => {
      received.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: JSON.parse(text) });
      const a = answer(received.length);
      if (a === 'hang') return void hanging.push(res);
      res.writeHead(a.status, { 'content-type': 'text/plain' }).end(a.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () => {
    server.closeAllConnections();
    server.close();
  };
  after(close);
  const port = (server.address() as AddressInfo).port;
  return { received, url: (name = 'hook') => `http://127.0.0.1:${port}/${name}/${TOKEN}`, close };
}

interface HookSpec {
  env: string;
  format: 'slack' | 'teams';
  events?: string[];
  required?: boolean;
}

function repo(webhooks: Record<string, HookSpec>, extra = 'retries: 2\n  retry_backoff: 20ms\n  timeout: 2s\n'): string {
  const hooks = Object.entries(webhooks)
    .map(([name, w]) => `    ${name}:\n      url_env: ${w.env}\n      format: ${w.format}\n${w.events ? `      events: [${w.events.join(', ')}]\n` : ''}${w.required ? '      required: true\n' : ''}`)
    .join('');
  return makeTree({
    'db/promotion.yml': onePhaseConfig(`notifications:\n  ${extra}  webhooks:\n${hooks}`),
    'db/migrations/app/001_a.sql': 'CREATE SCHEMA app;',
  });
}

const GITHUB = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/warehouse',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_ACTOR: 'octo-dba',
  GITHUB_REF_NAME: 'main',
  GITHUB_WORKFLOW: 'Rollback',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
};
const RUN_URL = 'https://github.com/acme/warehouse/actions/runs/4242';

/** Stage results as the --json output of earlier steps: a migrate that failed, then flags off. */
function stageResults(root: string): string[] {
  const base = { ok: true, exitCode: 0 as const, dryRun: false, startedAt: '2026-03-28T08:00:00.000Z', durationMs: 10, phases: [], drift: [], warnings: [] };
  const migrate: Partial<AnyResult> = {
    ...base,
    command: 'migrate',
    ok: false,
    exitCode: 1,
    database: { target: 'postgres@db.internal:5432/prod', database: 'prod', serverVersion: '16.4' },
    counts: { applied: 2, pending: 1, failed: 1, reverted: 0 },
    error: { kind: 'migration', message: 'relation "vh.ingest_runs" already exists', file: 'db/migrations/vh/003_runs.sql' },
  };
  const flags: Partial<AnyResult> = {
    ...base,
    command: 'flags',
    counts: { applied: 0, pending: 0, failed: 0, reverted: 0 },
    flags: { action: 'off', table: 'audit.feature_flags', flags: [], changes: [{ name: 'ingest', from: 50, to: 0 }, { name: 'eng_governance_sync', from: 100, to: 0 }], reason: 'rollback' },
  };
  const files = { 'results/migrate.json': JSON.stringify(migrate), 'results/flags.json': JSON.stringify(flags) };
  writeTree(root, files);
  return Object.keys(files);
}

const noSecret = (...texts: string[]) => {
  for (const t of texts) {
    assert.ok(!t.includes('xoxSecretToken4242') && !t.includes('B0SECRET'), `the webhook URL leaked:\n${t}`);
  }
};

describe('notify: messages to Slack and Teams webhooks', () => {
  test('rollback to Slack is the runbook template, filled from the run, field by field', async () => {
    const hook = await hookServer();
    const root = repo({ ops: { env: 'OPS_SLACK_URL', format: 'slack' } });
    const results = stageResults(root).flatMap((f) => ['--results', f]);
    const run = await withEnv({ ...GITHUB, OPS_SLACK_URL: hook.url() }, () => cliJson(root, ['notify', '--event', 'rollback', ...results]));
    assert.equal(run.code, 0, run.stdout);
    assert.equal(hook.received.length, 1);
    const [req] = hook.received;
    assert.equal(req!.method, 'POST');
    assert.equal(req!.path, `/hook/${TOKEN}`);
    assert.match(String(req!.headers['content-type']), /^application\/json/);
    const status = 'Rolling back due to migrate failed (db/migrations/vh/003_runs.sql): relation "vh.ingest_runs" already exists';
    const impact = 'postgres@db.internal:5432/prod is being restored to its pre-promotion backup; flags off: ingest (was 50%), eng_governance_sync (was 100%)';
    const eta = `follow the run: ${RUN_URL}`;
    const body = req!.body as { text: string; blocks: Array<Record<string, any>> };
    assert.deepEqual(Object.keys(body).sort(), ['blocks', 'text']);
    assert.equal(
      body.text,
      [
        'Subject: [ROLLBACK INITIATED] Database promotion',
        '',
        `Status: ${status}`,
        `Impact: ${impact}`,
        `ETA: ${eta}`,
        'Action Required: None',
        '',
        'Will update in 15 minutes.',
        '',
        `Run: ${RUN_URL}`,
      ].join('\n'),
    );
    assert.equal(body.blocks.length, 4);
    assert.deepEqual(body.blocks[0], { type: 'header', text: { type: 'plain_text', text: '[ROLLBACK INITIATED] Database promotion', emoji: false } });
    assert.equal(body.blocks[1]!.type, 'section');
    assert.equal(body.blocks[1]!.text.type, 'mrkdwn');
    assert.equal(
      body.blocks[1]!.text.text,
      [`*Status:* ${status}`, `*Impact:* ${impact}`, `*ETA:* ${eta}`, '*Action Required:* None'].join('\n'),
    );
    assert.deepEqual(body.blocks[2], { type: 'section', text: { type: 'mrkdwn', text: 'Will update in 15 minutes.' } });
    assert.deepEqual(body.blocks[3], {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `<${RUN_URL}|Open the run> · by octo-dba · workflow Rollback · ref main · commit 0123456789ab` }],
    });
    assert.deepEqual(run.result.notifications, [
      { webhook: 'ops', format: 'slack', event: 'rollback', ok: true, status: 'sent', attempts: 1, httpStatus: 200, required: false, durationMs: run.result.notifications![0]!.durationMs },
    ]);
    noSecret(run.stdout, run.stderr);
  });

  test('the same moment to Teams is an Adaptive Card with the same facts; --message states the issue; the config fills ETA and Action Required', async () => {
    const hook = await hookServer();
    const root = repo(
      { chan: { env: 'TEAMS_URL', format: 'teams' } },
      "retries: 0\n  rollback:\n    eta: '30 minutes'\n    action_required: 'Pause the nightly ingest jobs'\n",
    );
    const run = await withEnv({ ...GITHUB, TEAMS_URL: hook.url() }, () =>
      cliJson(root, ['notify', '--event', 'rollback', '--message', 'row counts off after phase vh', '--results', stageResults(root)[0]!]),
    );
    assert.equal(run.code, 0, run.stdout);
    const body = hook.received[0]!.body as Record<string, any>;
    assert.equal(body.type, 'message');
    assert.equal(body.attachments.length, 1);
    const [attachment] = body.attachments;
    assert.equal(attachment.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.equal(attachment.contentUrl, null);
    const card = attachment.content;
    assert.equal(card.type, 'AdaptiveCard');
    assert.equal(card.version, '1.4');
    assert.equal(card.$schema, 'http://adaptivecards.io/schemas/adaptive-card.json');
    assert.deepEqual(card.body[0], { type: 'TextBlock', text: '[ROLLBACK INITIATED] Database promotion', weight: 'Bolder', size: 'Medium', wrap: true, color: 'attention' });
    assert.deepEqual(card.body[1], {
      type: 'FactSet',
      facts: [
        { title: 'Status', value: 'Rolling back due to row counts off after phase vh' },
        { title: 'Failed stage', value: 'migrate failed (db/migrations/vh/003\\_runs.sql): relation "vh.ingest\\_runs" already exists' },
        { title: 'Impact', value: 'postgres@db.internal:5432/prod is being restored to its pre-promotion backup' },
        { title: 'ETA', value: '30 minutes' },
        { title: 'Action Required', value: 'Pause the nightly ingest jobs' },
      ],
    });
    assert.deepEqual(card.body[2], { type: 'TextBlock', text: 'Will update in 15 minutes.', wrap: true });
    assert.deepEqual(card.body[3], { type: 'TextBlock', text: 'by octo-dba · workflow Rollback · ref main · commit 0123456789ab', isSubtle: true, size: 'Small', wrap: true });
    assert.deepEqual(card.actions, [{ type: 'Action.OpenUrl', title: 'Open the run', url: RUN_URL }]);
  });

  test('each webhook gets only the events it subscribes to; start says who started it', async () => {
    const hook = await hookServer();
    const root = repo({
      everything: { env: 'HOOK_ALL', format: 'slack' },
      outcomes: { env: 'HOOK_OUTCOMES', format: 'teams', events: ['success', 'failure', 'rollback'] },
    });
    const env = { ...GITHUB, HOOK_ALL: hook.url('all'), HOOK_OUTCOMES: hook.url('outcomes') };
    const start = await withEnv(env, () => cliJson(root, ['notify', '--event', 'start']));
    assert.equal(start.code, 0);
    assert.deepEqual(hook.received.map((r) => r.path.split('/')[1]), ['all']);
    const body = hook.received[0]!.body as { blocks: Array<Record<string, any>> };
    assert.equal(body.blocks[0]!.text.text, '[PROMOTION STARTED] Database promotion');
    assert.equal(body.blocks[1]!.text.text, '*Status:* Promotion started by octo-dba');
    const success = await withEnv(env, () => cliJson(root, ['notify', '--event', 'success']));
    assert.equal(success.code, 0);
    assert.deepEqual(hook.received.slice(1).map((r) => r.path.split('/')[1]).sort(), ['all', 'outcomes']);
    assert.deepEqual(success.result.notifications!.map((n) => n.webhook).sort(), ['everything', 'outcomes']);
  });

  test('a webhook failing twice is retried and delivered on the third attempt', async () => {
    const hook = await hookServer((n) => (n <= 2 ? { status: 503, body: 'busy' } : { status: 200 }));
    const root = repo({ ops: { env: 'OPS_URL', format: 'slack', required: true } });
    const run = await withEnv({ OPS_URL: hook.url() }, () => cli(root, ['notify', '--event', 'gate', '--message', 'production sign-off']));
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(hook.received.length, 3);
    assert.deepEqual(hook.received[2]!.body, hook.received[0]!.body, 'every attempt sends the same message');
    assert.match(run.stdout, /notify: ops: attempt 1 of 3 failed \(HTTP 503: busy\); retrying in 20 ms/);
    assert.match(run.stdout, /notify: ops: attempt 2 of 3 failed \(HTTP 503: busy\); retrying in 40 ms/);
    assert.match(run.stdout, /ops \(slack\): sent \(3 attempts, HTTP 200\)/);
    noSecret(run.stdout, run.stderr);
  });

  test('a webhook that never answers times out, within a bounded total time; optional: reported, exit 0; required: exit 1', async () => {
    const hook = await hookServer(() => 'hang');
    const extra = 'retries: 1\n  retry_backoff: 50ms\n  timeout: 300ms\n';
    const optional = repo({ ops: { env: 'SLOW_URL', format: 'teams' } }, extra);
    const started = Date.now();
    const run = await withEnv({ SLOW_URL: hook.url() }, () => cliJson(optional, ['notify', '--event', 'failure']));
    const took = Date.now() - started;
    assert.equal(run.code, 0, run.stdout);
    assert.equal(hook.received.length, 2);
    assert.ok(took >= 650 && took < 3000, `two 300 ms attempts and a 50 ms wait took ${took} ms`);
    const [n] = run.result.notifications!;
    assert.equal(n!.ok, false);
    assert.equal(n!.status, 'failed');
    assert.equal(n!.attempts, 2);
    assert.equal(n!.error, 'no answer within 300 ms (timed out)');
    assert.deepEqual(run.result.warnings, ["webhook 'ops' was not notified after 2 attempts: no answer within 300 ms (timed out) (not required, so the run goes on)"]);

    const required = repo({ ops: { env: 'SLOW_URL', format: 'teams', required: true } }, extra);
    const failed = await withEnv({ SLOW_URL: hook.url() }, () => cli(required, ['notify', '--event', 'failure']));
    assert.equal(failed.code, 1);
    assert.match(failed.stderr, /^error: notifications\.webhooks\.ops: required webhook 'ops' not notified after 2 attempts: no answer within 300 ms \(timed out\)$/m);
    noSecret(run.stdout, run.stderr, failed.stdout, failed.stderr);
  });

  test('a reply that streams forever is read to a few KB and dropped: the delivery ends at once and memory stays flat', async () => {
    let sent = 0;
    const streams: ServerResponse[] = [];
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(Number(req.url?.split('/')[1]), { 'content-type': 'text/plain' });
        streams.push(res);
        const pump = () => {
          while (!res.destroyed && res.write(chunk)) sent += chunk.length;
          if (!res.destroyed) res.once('drain', pump);
        };
        pump();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    after(() => {
      server.closeAllConnections();
      server.close();
    });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const root = repo({ ok: { env: 'OK_URL', format: 'slack' }, bad: { env: 'BAD_URL', format: 'teams' } }, 'retries: 0\n  timeout: 20s\n');
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = Date.now();
    const run = await withEnv({ OK_URL: `${base}/200/${TOKEN}`, BAD_URL: `${base}/500/${TOKEN}` }, () => cliJson(root, ['notify', '--event', 'success']));
    const took = Date.now() - started;
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(
      run.result.notifications!.map((n) => [n.webhook, n.ok, n.httpStatus]),
      [['ok', true, 200], ['bad', false, 500]],
    );
    assert.equal(run.result.notifications![1]!.error, `HTTP 500: ${'x'.repeat(100)}`);
    assert.ok(took < 5000, `the endless replies held the run for ${took} ms (the timeout is 20 s)`);
    // Sent, not read: what fits in the sockets' buffers before the reader cancels.
    const sentAtEnd = sent;
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(sent - sentAtEnd <= 4 * chunk.length, `the server could still write ${sent - sentAtEnd} bytes after the run ended`);
    assert.ok(sentAtEnd < 64 * 1024 * 1024, `the server wrote ${sentAtEnd} bytes`);
    assert.ok(heapGrowth < 32 * 1024 * 1024, `the heap grew by ${heapGrowth} bytes`);
    assert.equal(streams.length, 2);
  });

  test('every text to Slack and Teams is escaped for its format, the Slack fallback text included', async () => {
    const hook = await hookServer();
    const root = repo({ s: { env: 'S_URL', format: 'slack' }, t: { env: 'T_URL', format: 'teams' } }, 'retries: 0\n');
    const hostile = '<!channel> see <https://evil.example|GitHub> & [click](https://evil.example) **now** _x_ <at>ops</at>';
    const run = await withEnv({ ...GITHUB, S_URL: hook.url('s'), T_URL: hook.url('t') }, () => cliJson(root, ['notify', '--event', 'success', '--message', hostile]));
    assert.equal(run.code, 0, run.stdout);
    const slack = hook.received.find((r) => r.path.startsWith('/s/'))!.body as { text: string; blocks: Array<Record<string, any>> };
    const teams = hook.received.find((r) => r.path.startsWith('/t/'))!.body as Record<string, any>;
    const slackSafe = '&lt;!channel&gt; see &lt;https://evil.example|GitHub&gt; &amp; [click](https://evil.example) **now** _x_ &lt;at&gt;ops&lt;/at&gt;';
    assert.ok(slack.text.includes(`Note: ${slackSafe}`), slack.text);
    assert.ok(!/<[!h]/.test(slack.text), `the fallback text keeps a mention or link: ${slack.text}`);
    assert.ok(slack.blocks[1]!.text.text.includes(`*Note:* ${slackSafe}`), slack.blocks[1]!.text.text);
    const facts = teams.attachments[0].content.body[1].facts as Array<{ title: string; value: string }>;
    assert.equal(
      facts.find((f) => f.title === 'Note')!.value,
      '\\<!channel\\> see \\<https://evil.example|GitHub\\> & [click\\](https://evil.example) \\*\\*now\\*\\* \\_x\\_ \\<at\\>ops\\</at\\>',
    );
    const { teamsEscape } = await import('../src/notify/payloads.js');
    assert.equal(teamsEscape('- a list item\n2. numbered'), '\\- a list item\n2\\. numbered');
  });

  test('required vs optional on an error status: optional exit 0 with a warning, required exit 1; an echoed URL is scrubbed', async () => {
    // A server that echoes the request line back, as some proxies do on errors.
    const hook = await hookServer(() => ({ status: 400, body: `invalid_payload for /hook/${TOKEN}` }));
    const extra = 'retries: 0\n';
    const optional = repo({ a: { env: 'A_URL', format: 'slack' } }, extra);
    const ok = await withEnv({ A_URL: hook.url() }, () => cliJson(optional, ['notify', '--event', 'success']));
    assert.equal(ok.code, 0);
    assert.equal(ok.result.ok, true);
    assert.equal(ok.result.notifications![0]!.error, 'HTTP 400: invalid_payload for <A_URL>');
    const required = repo({ a: { env: 'A_URL', format: 'slack' }, b: { env: 'A_URL', format: 'teams', required: true } }, extra);
    const bad = await withEnv({ A_URL: hook.url() }, () => cliJson(required, ['notify', '--event', 'success']));
    assert.equal(bad.code, 1);
    assert.equal(bad.result.error?.kind, 'check');
    assert.deepEqual(bad.result.notifications!.map((n) => [n.webhook, n.ok, n.required]), [['a', false, false], ['b', false, true]]);
    const text = await withEnv({ A_URL: hook.url() }, () => cli(required, ['notify', '--event', 'success']));
    // Retried, the echo is printed once per failed attempt as progress: scrubbed there too.
    const retried = await withEnv({ A_URL: hook.url() }, () => cli(repo({ a: { env: 'A_URL', format: 'slack' } }, 'retries: 1\n  retry_backoff: 10ms\n'), ['notify', '--event', 'success']));
    assert.match(retried.stdout, /notify: a: attempt 1 of 2 failed \(HTTP 400: invalid_payload for <A_URL>\)/);
    noSecret(JSON.stringify(ok.result), JSON.stringify(bad.result), ok.stdout, bad.stdout, text.stdout, text.stderr, retried.stdout, retried.stderr);
  });

  test('bad input: a clear error naming it, exit 2, nothing sent', async () => {
    const hook = await hookServer();
    const two = { good: { env: 'GOOD_URL', format: 'slack' as const }, bad: { env: 'BAD_URL', format: 'teams' as const } };
    const cases: Array<{ name: string; root: string; env: Record<string, string | undefined>; args: string[]; expect: RegExp }> = [
      {
        name: 'a URL with user:pass@ before the host (the password is never printed)',
        root: repo(two),
        env: { GOOD_URL: hook.url(), BAD_URL: `https://deploy:B0SECRETpassw0rd@hooks.example.com/x` },
        args: ['--event', 'start'],
        expect: /^error: notifications\.webhooks\.bad\.url_env: webhook 'bad': BAD_URL holds a URL with a user name or password before the host \(user:pass@\); webhook URLs carry their secret in the path, so remove it; nothing was sent$/,
      },
      {
        name: 'a URL that is not https',
        root: repo(two),
        env: { GOOD_URL: hook.url(), BAD_URL: `http://hooks.example.com/${TOKEN}` },
        args: ['--event', 'start'],
        expect: /^error: notifications\.webhooks\.bad\.url_env: webhook 'bad': BAD_URL holds a URL with scheme http; webhooks must be https \(plain http only to 127\.0\.0\.1, ::1 or localhost, for tests\); nothing was sent$/,
      },
      {
        name: 'a URL of another scheme',
        root: repo(two),
        env: { GOOD_URL: hook.url(), BAD_URL: `ftp://hooks.example.com/${TOKEN}` },
        args: ['--event', 'start'],
        expect: /^error: notifications\.webhooks\.bad\.url_env: webhook 'bad': BAD_URL holds a URL with scheme ftp; webhooks must be https/,
      },
      {
        name: 'an unset variable',
        root: repo(two),
        env: { GOOD_URL: hook.url(), BAD_URL: undefined },
        args: ['--event', 'start'],
        expect: /^error: notifications\.webhooks\.bad\.url_env: webhook 'bad': the environment variable BAD_URL is not set \(it must hold the webhook URL, from a secret\); nothing was sent$/,
      },
      { name: 'no event', root: repo(two), env: {}, args: [], expect: /^error: --event: notify needs --event \(start, gate, success, failure, rollback\)$/ },
      { name: 'an unknown event', root: repo(two), env: {}, args: ['--event', 'deploy'], expect: /^error: --event must be one of start, gate, success, failure, rollback, not 'deploy'$/ },
      {
        name: 'a URL in the config instead of a variable name',
        root: repo({ x: { env: `"https://hooks.slack.com/${TOKEN}"`, format: 'slack' } }),
        env: {},
        args: ['--event', 'start'],
        expect: /^error: db\/promotion\.yml:\d+: notifications\.webhooks\.x\.url_env: must be the name of an environment variable \(letters, digits, _\), not a URL$/,
      },
      {
        name: 'an unknown format',
        root: makeTree({ 'db/promotion.yml': onePhaseConfig('notifications:\n  webhooks:\n    x:\n      url_env: X\n      format: discord\n') }),
        env: {},
        args: ['--event', 'start'],
        expect: /^error: db\/promotion\.yml:\d+: notifications\.webhooks\.x\.format: /,
      },
      {
        name: 'results that are not a stage result',
        root: makeTree({ 'db/promotion.yml': onePhaseConfig(), 'r.json': '{"hello": 1}' }),
        env: {},
        args: ['--event', 'failure', '--results', 'r.json'],
        expect: /^error: r\.json: --results: not a pg-promote stage result/,
      },
    ];
    for (const c of cases) {
      const run = await withEnv(c.env, () => cli(c.root, ['notify', ...c.args]));
      assert.equal(run.code, 2, `${c.name}: ${run.stdout}${run.stderr}`);
      assert.match(run.stderr.trimEnd(), c.expect, c.name);
      noSecret(run.stdout, run.stderr);
    }
    assert.equal(hook.received.length, 0, 'nothing was sent');
  });

  test('through the built action, as the runner runs it: the payload, the summary and the outputs, without the URL', async () => {
    const hook = await hookServer();
    const root = repo({ ops: { env: 'OPS_SLACK_URL', format: 'slack' } }, 'title: Warehouse schema promotion\n  retries: 2\n  retry_backoff: 20ms\n  timeout: 2s\n');
    const [migrateResult] = stageResults(root);
    const run = await runAction(root, { command: 'notify', event: 'failure', results: migrateResult! }, 'dist/index.js', {
      ...GITHUB,
      OPS_SLACK_URL: hook.url(),
    });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.status, 'success');
    const body = hook.received[0]!.body as { blocks: Array<Record<string, any>> };
    assert.equal(body.blocks[0]!.text.text, '[PROMOTION FAILED] Warehouse schema promotion');
    assert.equal(
      body.blocks[1]!.text.text,
      [
        '*Status:* Promotion failed: migrate failed (db/migrations/vh/003_runs.sql): relation "vh.ingest_runs" already exists',
        '*Database:* postgres@db.internal:5432/prod',
        '*Migrations:* 2 applied, 1 pending, 1 failed',
      ].join('\n'),
    );
    assert.match(run.summary, /### Notifications \(failure\)\n\n\| webhook \| format \| status \| attempts \| required \|\n\| --- \| --- \| --- \| --- \| --- \|\n\| ops \| slack \| ✅ sent \(HTTP 200\) \| 1 \| no \|/);
    noSecret(run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs));
  });
});
