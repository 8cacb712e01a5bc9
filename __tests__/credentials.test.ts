import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { cli, REPO_ROOT } from './harness/cli.js';
import { runAction } from './harness/action.js';
import { testServer } from './harness/server.js';
import { makeTree } from './harness/tree.js';
import { readFileSync as read } from 'node:fs';

const PASSWORD = 'Zq9-Distinctive-Pa55w0rd-7xK';
const server = await testServer({ password: PASSWORD });

/** Every file under a folder, as text: manifests, notices, reports, logs. */
function everyFileText(root: string): string {
  let text = '';
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
    if (statSync(file).size < 5 * 1024 * 1024) text += readFileSync(file, 'latin1');
  }
  return text;
}

describe('credentials', () => {
  test('no command prints or writes the database password: success and failure paths, text and JSON', async () => {
    const url = await server.createDatabase('production');
    const wrong = url.replace(encodeURIComponent(PASSWORD), `${encodeURIComponent(PASSWORD)}-nope`);
    const root = makeTree({ 'db/promotion.yml': read(path.join(REPO_ROOT, 'db/promotion.yml'), 'utf8').replace('databases: [production]', 'databases: []').replace(/^\s*encryption_key_env:.*\n/m, '') });
    for (const dir of ['db/migrations', 'db/views', 'db/policies']) {
      for (const entry of readdirSync(path.join(REPO_ROOT, dir), { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) {
          const from = path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
          const to = path.join(root, path.relative(REPO_ROOT, from));
          (await import('node:fs')).mkdirSync(path.dirname(to), { recursive: true });
          (await import('node:fs')).copyFileSync(from, to);
        }
      }
    }
    const backups = path.join(root, 'backups');
    const runs: string[] = [];
    const record = async (args: string[]) => {
      for (const json of [false, true]) {
        // Backups are named to the second; a second one in the same second is refused.
        if (args[0] === 'backup' && json) await new Promise((resolve) => setTimeout(resolve, 1100));
        const run = await cli(root, [...args, ...(json ? ['--json'] : [])]);
        runs.push(`${args[0]} exit ${run.code}\n${run.stdout}${run.stderr}`);
      }
    };
    await record(['plan', '--database-url', url]);
    await record(['migrate', '--database-url', url]);
    await record(['status', '--database-url', url]);
    await record(['lint', '--database-url', url]);
    await record(['verify', '--database-url', url]);
    await record(['backup', '--database-url', url, '--backup-dir', backups]);
    const dump = readdirSync(backups).filter((f) => f.endsWith('.dump')).sort()[0];
    assert.ok(dump, runs.filter((r) => r.startsWith('backup')).join('\n'));
    await record(['restore', '--database-url', url, '--backup', path.join(backups, dump), '--confirm', new URL(url).pathname.slice(1)]);
    await record(['report', '--database-url', url]);
    await record(['down', '--phase', 'vh', '--to', '6', '--database-url', url]);
    // failure paths: wrong password, SQL errors, bad confirm, unreachable server
    await record(['migrate', '--database-url', wrong]);
    await record(['restore', '--database-url', url, '--backup', path.join(backups, dump), '--confirm', 'wrong-name']);
    await record(['verify', '--database-url', `postgres://postgres:${encodeURIComponent(PASSWORD)}@127.0.0.1:1/x`]);
    const action = await runAction(root, { command: 'migrate', 'database-url': wrong });
    runs.push(action.stdout.replace(/::add-mask::.*\n/g, '') + action.stderr + action.summary + JSON.stringify(action.outputs));
    const everything = runs.join('\n') + everyFileText(root);
    assert.ok(runs.some((r) => r.startsWith('migrate exit 0')), 'the success paths ran');
    assert.ok(runs.some((r) => /password authentication failed/.test(r)), 'the failure paths ran');
    for (const form of [PASSWORD, encodeURIComponent(PASSWORD)]) {
      assert.ok(!everything.includes(form), `the password (${form === PASSWORD ? 'plain' : 'URL-encoded'}) appears nowhere`);
    }
  });
});
