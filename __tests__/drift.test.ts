import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checksumOf } from '../src/migrate/checksum.js';
import { cliJson } from './harness/cli.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig, removeFile, writeTree } from './harness/tree.js';

const server = await testServer();

async function appliedTree() {
  const url = await server.createDatabase();
  const root = makeTree({
    'db/promotion.yml': onePhaseConfig(),
    'db/migrations/app/001_schema.sql': 'CREATE SCHEMA app;\n',
    'db/migrations/app/002_t.sql': 'CREATE TABLE app.t (id int);\n',
  });
  assert.equal((await cliJson(root, ['migrate', '--database-url', url])).code, 0);
  return { url, root };
}

describe('drift', () => {
  test('checksums ignore a BOM and Windows line endings, and nothing else', () => {
    const unix = 'CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\n';
    assert.equal(checksumOf(`\uFEFF${unix.replace(/\n/g, '\r\n')}`), checksumOf(unix));
    assert.notEqual(checksumOf(unix.replace('1', '2')), checksumOf(unix));
  });

  test('an applied file checked out with CRLF endings is not drift', async () => {
    const { url, root } = await appliedTree();
    writeTree(root, { 'db/migrations/app/002_t.sql': '\uFEFFCREATE TABLE app.t (id int);\r\n' });
    const run = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(run.code, 0);
    assert.deepEqual(run.result.drift, []);
  });

  test('an edited applied file stops the run before anything is applied, naming the file and both checksums', async () => {
    const { url, root } = await appliedTree();
    const before = checksumOf('CREATE TABLE app.t (id int);\n');
    const edited = 'CREATE TABLE app.t (id bigint);\n';
    writeTree(root, { 'db/migrations/app/002_t.sql': edited, 'db/migrations/app/003_new.sql': 'CREATE TABLE app.n (id int);' });
    const run = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(run.code, 1);
    assert.equal(run.result.error!.kind, 'drift');
    assert.equal(run.result.error!.file, 'db/migrations/app/002_t.sql');
    assert.deepEqual(run.result.drift!.map((d) => [d.reason, d.appliedChecksum, d.currentChecksum]), [['changed', before, checksumOf(edited)]]);
    assert.match(run.result.error!.message, /Nothing was applied/);
    assert.equal((await server.query(url, "SELECT to_regclass('app.n') AS n")).rows[0].n, null);
  });

  test('a deleted applied file is drift too', async () => {
    const { url, root } = await appliedTree();
    removeFile(root, 'db/migrations/app/002_t.sql');
    const run = await cliJson(root, ['status', '--database-url', url]);
    assert.equal(run.code, 1);
    assert.equal(run.result.drift![0]!.reason, 'missing');
    assert.match(run.result.drift![0]!.message, /002_t\.sql \(version 2\) is missing/);
  });

  test('a new file numbered below the newest applied one is refused unless out_of_order is set', async () => {
    const { url, root } = await appliedTree();
    writeTree(root, { 'db/migrations/app/001.5_late.sql': 'CREATE TABLE app.late (id int);' });
    const refused = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(refused.code, 1);
    assert.equal(refused.result.drift![0]!.reason, 'out-of-order');
    writeTree(root, { 'db/promotion.yml': onePhaseConfig('out_of_order: true\n') });
    const allowed = await cliJson(root, ['migrate', '--database-url', url]);
    assert.equal(allowed.code, 0);
    assert.equal(allowed.result.counts!.applied, 1);
  });
});
