import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintSql } from '../../src/lint/lint-sql.js';
import { debugMessages, locksTaken } from '../harness/pg-behaviour.js';
import { testServer } from '../harness/server.js';

const server = await testServer();
const rule = 'attach-partition-without-check';
const SETUP = `CREATE TABLE p (at date) PARTITION BY RANGE (at);
  CREATE TABLE c (at date); INSERT INTO c VALUES ('2025-06-01');`;
const ATTACH = "ALTER TABLE p ATTACH PARTITION c FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')";
const CHECK = "ALTER TABLE c ADD CONSTRAINT c_bound CHECK (at IS NOT NULL AND at >= '2025-01-01' AND at < '2026-01-01')";

describe(rule, () => {
  test('the server: without a check ATTACH scans the partition under ACCESS EXCLUSIVE; a validated check matching the bound spares the scan (DEBUG1)', async () => {
    const url = await server.createDatabase();
    await server.query(url, SETUP);
    const locks = await locksTaken(url, ATTACH);
    assert.ok(locks.includes('c AccessExclusiveLock') && locks.includes('p ShareUpdateExclusiveLock'), locks.join(', '));
    const scanned = await debugMessages(url, `BEGIN; ${ATTACH}; ROLLBACK;`);
    assert.ok(!scanned.some((m) => /is implied by existing constraints/.test(m)), scanned.join('\n'));
    await server.query(url, CHECK);
    const spared = await debugMessages(url, ATTACH);
    assert.ok(spared.some((m) => /partition constraint for table "c" is implied by existing constraints/.test(m)), spared.join('\n'));
  });

  test('flagged without a validated check on the partition, or with one only NOT VALID', async () => {
    const attach = "ALTER TABLE app.p ATTACH PARTITION app.c FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\n";
    const [f] = await lintSql(attach, rule);
    assert.equal(f?.column, 'ALTER TABLE app.p '.length + 1);
    assert.match(f?.message ?? '', /ACCESS EXCLUSIVE/);
    assert.equal((await lintSql(["ALTER TABLE app.c ADD CONSTRAINT b CHECK (at >= '2025-01-01') NOT VALID;\n", attach], rule)).length, 1);
  });

  test('safe: a check validated in an earlier file (or by the target), or a partition made in the same file', async () => {
    const attach = "ALTER TABLE app.p ATTACH PARTITION app.c FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\n";
    assert.deepEqual(await lintSql(["ALTER TABLE app.c ADD CONSTRAINT b CHECK (at >= '2025-01-01') NOT VALID;\n", 'ALTER TABLE app.c VALIDATE CONSTRAINT b;\n', attach], rule), []);
    assert.deepEqual(await lintSql(attach, rule, { targetChecks: [{ table: { schema: 'app', name: 'c' }, name: 'b', validated: true }] }), []);
    assert.deepEqual(await lintSql('CREATE TABLE app.c (at date);\n' + attach, rule), []);
  });
});
