import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, test } from 'node:test';
import { DecryptStream, EncryptStream, HEADER_BYTES, keyFromEnv, TAG_BYTES } from '../src/backup/encryption.js';
import { PromoteError } from '../src/errors/promote-error.js';
import { cli, cliJson } from './harness/cli.js';
import { cliProcess, databaseOf, withEnv } from './harness/postgres.js';
import { testServer } from './harness/server.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

const CHUNK = 16;
const encrypt = (plain: Buffer, key: Buffer, chunk = CHUNK) => buffer(Readable.from([plain]).pipe(new EncryptStream(key, chunk)));
const decrypt = (sealed: Buffer, key: Buffer) => buffer(Readable.from([sealed]).pipe(new DecryptStream(key)));

describe('encrypted backup format (AES-256-GCM in authenticated chunks)', () => {
  const key = randomBytes(32);

  test('round-trips any length, including empty and exact multiples of the chunk', async () => {
    for (const length of [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 5]) {
      const plain = randomBytes(length);
      const sealed = await encrypt(plain, key);
      assert.equal(sealed.length, HEADER_BYTES + length + Math.max(1, Math.ceil(length / CHUNK)) * TAG_BYTES);
      assert.deepEqual(await decrypt(sealed, key), plain, `length ${length}`);
    }
  });

  test('detects truncation anywhere, including exactly at a chunk boundary, and appended bytes', async () => {
    const sealed = await encrypt(randomBytes(4 * CHUNK + 3), key);
    for (let cut = 0; cut < sealed.length; cut++) {
      await assert.rejects(decrypt(sealed.subarray(0, cut), key), /truncated|failed authentication/, `cut at ${cut}`);
    }
    await assert.rejects(decrypt(Buffer.concat([sealed, Buffer.from([0])]), key), /failed authentication/);
  });

  test('detects a change to any byte, header included', async () => {
    const sealed = await encrypt(randomBytes(2 * CHUNK + 7), key);
    for (let at = 0; at < sealed.length; at++) {
      const damaged = Buffer.from(sealed);
      damaged[at]! ^= 0x01;
      await assert.rejects(decrypt(damaged, key), Error, `byte ${at}`);
    }
  });

  test('names a wrong key as such', async () => {
    const sealed = await encrypt(Buffer.from('rows'), key);
    await assert.rejects(decrypt(sealed, randomBytes(32)), /encrypted with another key/);
  });

  test('takes the key as 64 hex characters or base64; anything else names the variable, never the value', () => {
    const raw = randomBytes(32);
    assert.deepEqual(keyFromEnv('K', { K: raw.toString('hex') }), raw);
    assert.deepEqual(keyFromEnv('K', { K: raw.toString('base64') }), raw);
    assert.deepEqual(keyFromEnv('K', { K: raw.toString('base64url') }), raw);
    for (const bad of ['hunter2-not-a-key', raw.toString('hex').slice(2), randomBytes(16).toString('base64')]) {
      assert.throws(
        () => keyFromEnv('BACKUP_KEY', { BACKUP_KEY: bad }),
        (err: PromoteError) => err.kind === 'config' && /^BACKUP_KEY does not hold a 32-byte key/.test(err.message) && !err.message.includes(bad),
      );
    }
    assert.throws(() => keyFromEnv('BACKUP_KEY', {}), (err: Error) => /^BACKUP_KEY is not set/.test(err.message));
  });
});

const server = await testServer({ password: 'Enc-pw-4Wd8-distinctive' });
const SECRET_ROW = 'TOP-SECRET-ROW-VALUE-4471';

async function encryptedRepo(): Promise<{ url: string; root: string }> {
  const url = await server.createDatabase('enc');
  const root = makeTree({
    'db/promotion.yml': onePhaseConfig('backup:\n  encryption_key_env: PGP_TEST_BACKUP_KEY\n'),
    'db/migrations/app/001_t.sql': `CREATE SCHEMA app; CREATE TABLE app.t (id int, v text); INSERT INTO app.t SELECT g, '${SECRET_ROW}' FROM generate_series(1, 300) g;`,
  });
  assert.equal((await cliJson(root, ['migrate', '--database-url', url])).code, 0);
  return { url, root };
}

describe('encrypted backups end to end', () => {
  const key = randomBytes(32).toString('hex');

  test('only ciphertext reaches the disk; restore decrypts it and brings the rows back', async () => {
    const { url, root } = await encryptedRepo();
    const backup = await withEnv({ PGP_TEST_BACKUP_KEY: key }, () => cli(root, ['backup', '--database-url', url, '--verify', 'restore']));
    assert.equal(backup.code, 0, backup.stderr);
    const dir = path.join(root, 'backups');
    const files = readdirSync(dir).sort();
    assert.equal(files.length, 2);
    const dump = files.find((f) => f.endsWith('.dump.enc'))!;
    const bytes = readFileSync(path.join(dir, dump));
    assert.equal(bytes.subarray(0, 8).toString(), 'PGPRENC1');
    assert.ok(!bytes.includes('PGDMP') && !bytes.includes(SECRET_ROW), 'no plaintext in the file');
    const manifestText = readFileSync(path.join(dir, files.find((f) => f.endsWith('.manifest.json'))!), 'utf8');
    const manifest = JSON.parse(manifestText);
    assert.equal(manifest.encrypted, true);
    assert.deepEqual(Object.keys(manifest.encryption).sort(), ['algorithm', 'chunkBytes', 'keyEnv', 'keyId']);
    assert.equal(manifest.encryption.keyEnv, 'PGP_TEST_BACKUP_KEY');
    for (const text of [backup.stdout, backup.stderr, manifestText]) {
      assert.ok(!text.includes(key) && !text.includes(server.password) && !text.includes(SECRET_ROW));
    }

    await server.query(url, 'DELETE FROM app.t');
    const restored = await withEnv({ PGP_TEST_BACKUP_KEY: key }, () =>
      cliJson(root, ['restore', '--database-url', url, '--backup', `backups/${dump}`, '--confirm', databaseOf(url)]),
    );
    assert.equal(restored.code, 0, JSON.stringify(restored.result.error));
    assert.equal((await server.query(url, 'SELECT count(*)::int AS n FROM app.t')).rows[0].n, 300);
  });

  test('a wrong key, or a tampered file, is rejected before the database is touched', async () => {
    const { url, root } = await encryptedRepo();
    const backup = await withEnv({ PGP_TEST_BACKUP_KEY: key }, () => cliJson(root, ['backup', '--database-url', url]));
    assert.equal(backup.code, 0, JSON.stringify(backup.result.error));
    const dump = backup.result.backup!.path;
    await server.query(url, 'INSERT INTO app.t VALUES (9999, $1)', ['written after the backup']);
    const untouched = async () => assert.equal((await server.query(url, 'SELECT count(*)::int AS n FROM app.t')).rows[0].n, 301);

    const wrongKey = randomBytes(32).toString('hex');
    const wrong = await withEnv({ PGP_TEST_BACKUP_KEY: wrongKey }, () =>
      cli(root, ['restore', '--database-url', url, '--backup', dump, '--confirm', databaseOf(url)]),
    );
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /^error: .*: the key in PGP_TEST_BACKUP_KEY is not the key this backup was encrypted with/);
    assert.ok(!wrong.stderr.includes(wrongKey) && !wrong.stdout.includes(wrongKey));
    await untouched();

    // Same size, one byte changed in the middle of the ciphertext: the manifest's checksum and the chunk's tag both catch it.
    // Flipped, not overwritten: a constant would leave the file as it was when that byte already held it.
    const fd = openSync(path.join(root, dump), 'r+');
    const middle = Math.floor(statSync(path.join(root, dump)).size / 2);
    const byte = Buffer.alloc(1);
    readSync(fd, byte, 0, 1, middle);
    writeSync(fd, Buffer.from([byte[0]! ^ 0xff]), 0, 1, middle);
    closeSync(fd);
    const tampered = await withEnv({ PGP_TEST_BACKUP_KEY: key }, () =>
      cliJson(root, ['restore', '--database-url', url, '--backup', dump, '--confirm', databaseOf(url)]),
    );
    assert.equal(tampered.code, 2);
    assert.match(tampered.result.error!.message, /^cannot be decrypted: chunk 0 failed authentication/);
    await untouched();
  });

  test('without the key variable, or with directory format, nothing is written', async () => {
    const { url, root } = await encryptedRepo();
    const unset = await withEnv({ PGP_TEST_BACKUP_KEY: undefined }, () => cliJson(root, ['backup', '--database-url', url]));
    assert.equal(unset.code, 2);
    assert.equal(unset.result.error?.key, 'backup.encryption_key_env');
    const folder = await withEnv({ PGP_TEST_BACKUP_KEY: key }, () => cliJson(root, ['backup', '--database-url', url, '--format', 'directory']));
    assert.equal(folder.code, 2);
    assert.match(folder.result.error!.message, /^encrypted backups use the custom format/);
    assert.ok(!existsSync(path.join(root, 'backups')), 'refused before the backup folder was even created');
  });

  test('a disk that fills while the encrypted stream is written is exit 2, and no partial file is left', async () => {
    const { url, root } = await encryptedRepo();
    await server.query(url, "INSERT INTO app.t SELECT g, md5(g::text) || md5((g * 7)::text) FROM generate_series(1, 60000) g");
    const run = await cliProcess(root, ['backup', '--database-url', url, '--json'], {
      env: { PGP_TEST_BACKUP_KEY: key },
      fileSizeLimitKiB: 256,
    });
    assert.equal(run.code, 2, run.stdout + run.stderr);
    const error = JSON.parse(run.stdout).error;
    assert.equal(error.key, 'backup.dir');
    assert.match(error.message, /: the disk is full or the file size limit was reached; nothing was kept$/);
    assert.deepEqual(readdirSync(path.join(root, 'backups')), []);
  });
});
