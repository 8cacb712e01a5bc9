import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { childEnv, dbnameArg } from '../src/db/child-env.js';
import { resolveConnection } from '../src/db/connection-url.js';
import { systemRootFile } from '../src/db/tls.js';
import { PromoteError } from '../src/errors/promote-error.js';
import { startThrowawayCluster, type ThrowawayCluster } from '../src/cluster/throwaway.js';
import { cliJson } from './harness/cli.js';
import { fakePgBin, withEnv } from './harness/postgres.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

const PASSWORD = 'Cx7-conn-Distinctive-pw';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'pg-promote-conn-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Resolution against exactly the environment given (HOME pointed at an empty folder unless set). */
const resolve = (text: string | undefined, env: NodeJS.ProcessEnv = {}) => resolveConnection(text, { env: { HOME: scratch, ...env } });

function refused(text: string, env: NodeJS.ProcessEnv = {}): PromoteError {
  try {
    resolve(text, env);
  } catch (err) {
    assert.ok(err instanceof PromoteError, String(err));
    return err;
  }
  assert.fail(`accepted: ${text}`);
}

describe('connection: one resolution, by libpq rules', () => {
  test('the URL leaves out port and user: they come from PGPORT and PGUSER, as libpq takes them, not from defaults of ours', () => {
    const t = resolve('postgres://127.0.0.1/vtest', { PGPORT: '5415', PGUSER: 'alice' });
    assert.deepEqual([t.host, t.port, t.user, t.database], ['127.0.0.1', 5415, 'alice', 'vtest']);
    assert.equal(t.display, 'alice@127.0.0.1:5415/vtest');
  });

  test('without a user anywhere, the OS user is used and named', () => {
    const t = resolve('postgres://127.0.0.1:5432/vtest');
    assert.equal(t.user, os.userInfo().username);
    assert.match(t.display, new RegExp(`^${os.userInfo().username}@`));
  });

  test('socket folders: percent-encoded in the host, or ?host=, keep the user and port', () => {
    const a = resolve('postgres://postgres@%2Ftmp%2Fsock:5415/vtest', { PGPORT: '1', PGUSER: 'other' });
    assert.deepEqual([a.host, a.port, a.user, a.database], ['/tmp/sock', 5415, 'postgres', 'vtest']);
    const b = resolve('postgres://user@/db?host=/dir');
    assert.deepEqual([b.host, b.user, b.database], ['/dir', 'user', 'db']);
  });

  test('the keyword/value form, quoting and escapes included', () => {
    const t = resolve(`host=db.example port=6543 dbname='my db' user=u password='it\\'s' sslmode=require`);
    assert.deepEqual([t.host, t.port, t.database, t.user, t.password, t.ssl.mode], ['db.example', 6543, 'my db', 'u', "it's", 'require']);
  });

  test('query values are decoded as libpq decodes them: %XX only, a + stays a +', () => {
    const t = resolve('postgres://u@h/d?options=-c%20statement_timeout%3D0&application_name=a+b');
    assert.equal(t.options, '-c statement_timeout=0');
    assert.equal(t.applicationName, 'a+b');
  });

  test('PG* variables alone name a database', () => {
    const t = resolve(undefined, { PGHOST: 'h', PGPORT: '7', PGUSER: 'u', PGDATABASE: 'd' });
    assert.equal(t.display, 'u@h:7/d');
    assert.equal(t.ssl.mode, 'prefer');
  });

  test('a service file fills in what the string leaves out, over PG* variables, and children see no PGSERVICE', () => {
    const file = path.join(scratch, 'services.conf');
    writeFileSync(file, '# comment\n[prod]\nhost=svc.example\nport=6000\ndbname=svcdb\n\n[other]\nhost=x\n');
    const t = resolve('service=prod user=u', { PGSERVICEFILE: file, PGHOST: 'env.example' });
    assert.deepEqual([t.host, t.port, t.database, t.user], ['svc.example', 6000, 'svcdb', 'u']);
    const env = childEnv(t, { PGSERVICE: 'other', PGSERVICEFILE: file, PGHOST: 'env.example', PATH: '/bin' });
    assert.equal(env.PGSERVICE, undefined);
    assert.equal(env.PGHOST, 'svc.example');
    assert.equal(env.PATH, '/bin');
    assert.match(refused('service=missing', { PGSERVICEFILE: file }).message, /service "missing" not found/);
  });

  test('.pgpass supplies the password; a file others can read is ignored, as libpq ignores it', () => {
    const file = path.join(scratch, 'pgpass');
    writeFileSync(file, 'other:*:*:*:nope\nh:5432:d:u:se\\:cret\n', { mode: 0o600 });
    chmodSync(file, 0o600);
    assert.equal(resolve('host=h dbname=d user=u', { PGPASSFILE: file }).password, 'se:cret');
    chmodSync(file, 0o644);
    const warnings: string[] = [];
    const open = resolveConnection('host=h dbname=d user=u', { env: { HOME: scratch, PGPASSFILE: file }, warn: (m) => warnings.push(m) });
    assert.equal(open.password, undefined);
    assert.match(warnings.join('\n'), /has group or world access/);
  });

  test('a child gets the whole resolution through its environment and a --dbname with the database alone', () => {
    const t = resolve('postgres://u:pw%20x@h:6/d?sslmode=verify-full&sslrootcert=/ca.crt', { PGSSLMODE: 'disable', PGHOSTADDR: '10.0.0.1' });
    const env = childEnv(t, { PGHOSTADDR: '10.0.0.1', PGSSLMODE: 'disable' });
    assert.deepEqual(
      [env.PGHOST, env.PGPORT, env.PGUSER, env.PGDATABASE, env.PGPASSWORD, env.PGSSLMODE, env.PGSSLROOTCERT],
      ['h', '6', 'u', 'd', 'pw x', 'verify-full', '/ca.crt'],
    );
    assert.equal(t.hostaddr, '10.0.0.1', 'PGHOSTADDR is part of the resolution, so the child keeps it');
    assert.equal(dbnameArg(t), "--dbname=dbname='d'");
    // libpq before 16 would read sslrootcert=system as a file named "system": children get the store's file.
    const system = childEnv(resolve('postgres://u@h/d?sslrootcert=system'), {});
    assert.equal(system.PGSSLMODE, 'verify-full');
    assert.equal(system.PGSSLROOTCERT, systemRootFile() ?? 'system');
  });

  test('what libpq refuses is refused, exit 2, naming the part and never repeating the password', () => {
    const cases: Array<[string, RegExp]> = [
      ['postgres://u:secretpw@h/d?x=%zz', /percent-encoded/],
      ['postgres://u:secretpw@h/d?uselibpqcompat=true', /invalid URI query parameter "uselibpqcompat"/],
      ['postgres://u:secretpw@h/d?sslmode=no-verify', /sslmode: invalid value "no-verify"/],
      ['postgres://u:secretpw@h/d?sslmode', /missing key\/value separator/],
      ['postgres://u:secretpw@h:port/d', /invalid port number "port"/],
      ['postgres://u:secretpw@a,b/d', /exactly one/],
      ['host=h password=secretpw dbname', /missing "=" after "dbname"/],
      ["host='h password=secretpw", /unterminated quoted string/],
      ['host=h bogus=1 password=secretpw', /invalid connection option "bogus"/],
      ['postgres://u:secretpw@h/d?sslmode=require&sslrootcert=system', /may not be used with sslrootcert=system/],
    ];
    for (const [text, message] of cases) {
      const err = refused(text);
      assert.equal(err.kind, 'usage', text);
      assert.match(err.message, message, text);
      assert.doesNotMatch(err.message, /secretpw/, text);
    }
  });
});

/** Two clusters, one password: the only thing telling them apart is where a connection goes. */
describe('connection: the wrong-server trap, with two real clusters', async () => {
  const [target, decoy] = await Promise.all([startThrowawayCluster({ password: PASSWORD }), startThrowawayCluster({ password: PASSWORD })]);
  after(() => Promise.all([target.stop(), decoy.stop()]));
  const socketDir = (c: ThrowawayCluster) => path.dirname(c.dataDir);
  const tree = () =>
    makeTree({
      'db/promotion.yml': onePhaseConfig(),
      'db/migrations/app/001_t.sql': 'CREATE SCHEMA app;\nCREATE TABLE app.t (id int);\nINSERT INTO app.t VALUES (1);\n',
    });
  const marker = async (c: ThrowawayCluster, db: string) =>
    (await c.sql("SELECT to_regclass('app.t') IS NOT NULL AS migrated, to_regclass('public.decoy_marker') IS NOT NULL AS marker", db)).rows[0];

  test('a URL without a port, PGPORT and PGUSER set: migrate, backup, restore and verify all reach the server PGPORT names', async () => {
    for (const c of [target, decoy]) {
      await c.sql('CREATE DATABASE vtest');
      await c.sql('CREATE TABLE public.decoy_marker (id int)', 'vtest');
    }
    const root = tree();
    const url = `postgres://postgres:${PASSWORD}@127.0.0.1/vtest`;
    const env = { PGPORT: String(target.port), PGUSER: 'nobody', PGHOST: 'elsewhere.invalid' };
    // The URL names the host and user; the port comes from PGPORT.
    const migrate = await cliJson(root, ['migrate', '--database-url', url], env);
    assert.equal(migrate.code, 0, JSON.stringify(migrate.result.error));
    assert.equal(migrate.result.database?.target, `postgres@127.0.0.1:${target.port}/vtest`);
    assert.deepEqual(await marker(target, 'vtest'), { migrated: true, marker: true });
    assert.deepEqual(await marker(decoy, 'vtest'), { migrated: false, marker: true });

    const backup = await withEnv({ PGPORT: String(decoy.port) }, () => cliJson(root, ['backup', '--database-url', url, '--backup-dir', 'b'], env));
    assert.equal(backup.code, 0, JSON.stringify(backup.result.error));
    const manifest = JSON.parse(readFileSync(path.join(root, backup.result.backup!.manifestPath), 'utf8'));
    const targetId = (await target.sql('SELECT system_identifier::text AS id FROM pg_control_system()')).rows[0].id;
    assert.equal(manifest.systemIdentifier, targetId);

    await target.sql('DROP TABLE public.decoy_marker', 'vtest');
    // The caller's own PGPORT (pointing at the decoy) must not reach pg_restore either.
    const restore = await withEnv({ PGPORT: String(decoy.port), PGHOST: '127.0.0.1' }, () =>
      cliJson(root, ['restore', '--database-url', url, '--backup', backup.result.backup!.path, '--confirm', 'vtest'], env),
    );
    assert.equal(restore.code, 0, JSON.stringify(restore.result.error));
    assert.deepEqual(await marker(target, 'vtest'), { migrated: true, marker: true }, 'the target got its marker back from the backup');
    assert.deepEqual(await marker(decoy, 'vtest'), { migrated: false, marker: true }, 'the decoy was not touched');
    const verify = await cliJson(root, ['verify', '--database-url', url], env);
    assert.equal(verify.result.database?.target, `postgres@127.0.0.1:${target.port}/vtest`);
  });

  test('the socket form keeps its user and port: every child runs as that user on that server', async () => {
    for (const c of [target, decoy]) await c.sql('CREATE DATABASE sock');
    const root = tree();
    const url = `postgres://postgres@${encodeURIComponent(socketDir(target))}:${target.port}/sock`;
    const env = { PGPORT: String(decoy.port), PGUSER: 'nobody' };
    const migrate = await cliJson(root, ['migrate', '--database-url', url], env);
    assert.equal(migrate.code, 0, JSON.stringify(migrate.result.error));
    assert.equal(migrate.result.database?.target, `postgres@${socketDir(target)}:${target.port}/sock`);
    const backup = await cliJson(root, ['backup', '--database-url', url, '--backup-dir', 'b'], env);
    assert.equal(backup.code, 0, JSON.stringify(backup.result.error));
    const restore = await cliJson(root, ['restore', '--database-url', url, '--backup', backup.result.backup!.path, '--confirm', 'sock'], env);
    assert.equal(restore.code, 0, JSON.stringify(restore.result.error));
    assert.deepEqual(await marker(decoy, 'sock'), { migrated: false, marker: false });
    assert.equal((await marker(target, 'sock')).migrated, true);
  });

  test('when the client tools would reach another server, restore refuses (exit 2) and neither server is touched', async () => {
    for (const c of [target, decoy]) {
      await c.sql('CREATE DATABASE trap');
      await c.sql('CREATE TABLE public.decoy_marker (id int)', 'trap');
    }
    const root = tree();
    const url = `postgres://postgres:${PASSWORD}@127.0.0.1:${target.port}/trap`;
    const backup = await cliJson(root, ['backup', '--database-url', url, '--backup-dir', 'b']);
    assert.equal(backup.code, 0, JSON.stringify(backup.result.error));
    await target.sql('CREATE TABLE public.after_backup (id int)', 'trap');
    // Tools whose libpq ends up elsewhere (a wrapper, a different default, a stray service file).
    const elsewhere = `PGPORT=${decoy.port} exec "$REAL" "$@"`;
    const bin = fakePgBin({ psql: elsewhere, pg_restore: elsewhere });
    const restore = await withEnv({ PG_BIN: bin }, () =>
      cliJson(root, ['restore', '--database-url', url, '--backup', backup.result.backup!.path, '--confirm', 'trap']),
    );
    assert.equal(restore.code, 2, restore.stdout);
    assert.match(restore.result.error!.message, /client tools reach another server or database than this session/);
    assert.equal((await target.sql("SELECT to_regclass('public.after_backup') IS NOT NULL AS kept", 'trap')).rows[0].kept, true);
    assert.equal((await decoy.sql("SELECT to_regclass('public.decoy_marker') IS NOT NULL AS kept", 'trap')).rows[0].kept, true);
  });

  test('no password on a child command line: a recording pg_dump and psql fail the run if argv holds it', async () => {
    await target.sql('CREATE DATABASE argv');
    const root = tree();
    const argvLog = path.join(scratch, 'argv.log');
    const recorder = `printf '%s\\n' "$0 $*" >> ${argvLog}
case "$*" in *${PASSWORD}*|*postgres://*) echo "password or URL on the command line" >&2; exit 9;; esac
exec "$REAL" "$@"`;
    const bin = fakePgBin({ pg_dump: recorder, psql: recorder, pg_restore: recorder });
    for (const url of [
      `postgres://postgres:${PASSWORD}@127.0.0.1:${target.port}/argv`,
      `postgres://postgres@127.0.0.1:${target.port}/argv?password=${PASSWORD}`,
      `host=127.0.0.1 port=${target.port} user=postgres dbname=argv password=${PASSWORD}`,
    ]) {
      const run = await withEnv({ PG_BIN: bin }, () => cliJson(root, ['backup', '--database-url', url, '--backup-dir', `b${Math.random()}`]));
      assert.equal(run.code, 0, JSON.stringify(run.result.error));
      assert.doesNotMatch(run.stdout, new RegExp(PASSWORD));
    }
    const log = readFileSync(argvLog, 'utf8');
    assert.match(log, /pg_dump /);
    assert.match(log, /psql /);
    assert.doesNotMatch(log, new RegExp(PASSWORD));
  });
});
