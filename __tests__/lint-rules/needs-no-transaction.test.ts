import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import fc from 'fast-check';
import pg from 'pg';
import { lintSql } from '../../src/lint/lint-sql.js';
import { readSqlFile } from '../../src/migrate/sql-file.js';
import { NO_TRANSACTION_STATEMENTS, noTransactionStatement } from '../../src/sql/no-transaction.js';
import { statementTokens } from '../../src/sql/statement-tokens.js';
import { testServer } from '../harness/server.js';

const server = await testServer();
const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-promote-no-tx-'));
after(() => rmSync(dir, { recursive: true, force: true }));


/** The SQLSTATE of `statement` run alone in a transaction block (or outside one), or 'ok'. */
async function run(url: string, statement: string, inTransaction: boolean): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (inTransaction) await client.query('BEGIN');
    await client.query(statement);
    return 'ok';
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  } finally {
    if (inTransaction) await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}

/** Migrate's verdict on a transactional file holding only `statement`. */
function migrateRefuses(statement: string): boolean {
  const abs = path.join(dir, `${Math.random().toString(36).slice(2)}.sql`);
  writeFileSync(abs, `${statement};\n`);
  try {
    readSqlFile({ rel: 'x.sql', abs });
    return false;
  } catch (err) {
    return /cannot run inside a transaction/.test((err as Error).message);
  }
}

// Forms PostgreSQL runs inside a transaction block: neither lint nor migrate may object.
const ALLOWED_IN_TRANSACTION: Array<{ setup?: string; statement: string }> = [
  { setup: 'CREATE TABLE t (a int); CREATE INDEX i ON t (a)', statement: 'REINDEX INDEX i' },
  { setup: 'CREATE TABLE t (a int); CREATE INDEX i ON t (a)', statement: 'CLUSTER t USING i' },
  { setup: 'CREATE TABLE t (a int)', statement: 'ANALYZE t' },
  { setup: 'CREATE TABLE t (a int)', statement: 'CREATE INDEX i2 ON t (a)' },
  { setup: 'CREATE TABLE "concurrently" (a int)', statement: 'CREATE INDEX ON "concurrently" (a)' },
  { statement: "CREATE SUBSCRIPTION s CONNECTION 'host=/nonexistent dbname=none' PUBLICATION p WITH (connect = false)" },
  { statement: 'DISCARD TEMP' },
  { statement: "ALTER DATABASE postgres SET work_mem = '8MB'" },
  { setup: 'CREATE TABLE t (a int); CREATE INDEX i ON t (a)', statement: 'REINDEX (CONCURRENTLY false) INDEX i' },
];

describe('needs-no-transaction: one list for lint, migrate and the server', () => {
  for (const entry of NO_TRANSACTION_STATEMENTS) {
    test(`${entry.name}: a real server refuses it in a transaction (25001); lint flags it and migrate refuses the file`, async () => {
      const url = await server.createDatabase('notx');
      if (entry.setup) await server.query(url, entry.setup);
      assert.equal(await run(url, entry.example, true), '25001', entry.example);
      // Outside a transaction it is not the transaction the server objects to. (The examples
      // that then succeed make cluster-wide databases: none is left behind.)
      assert.notEqual(await run(url, entry.example, false), '25001');
      for (const db of ['nt_db', 'nt_alter_db']) await server.query(url, `DROP DATABASE IF EXISTS ${db}`);
      assert.equal(noTransactionStatement(entry.example), entry);
      assert.deepEqual((await lintSql(`${entry.example};\n`, 'needs-no-transaction', { postgresVersion: 18 })).map((f) => f.line), [1]);
      assert.deepEqual(await lintSql(`-- pg-promote:no-transaction\n${entry.example};\n`, 'needs-no-transaction', { postgresVersion: 18 }), []);
      assert.equal(migrateRefuses(entry.example), true);
    });
  }

  test('forms PostgreSQL runs in a transaction block pass all three', async () => {
    for (const { setup, statement } of ALLOWED_IN_TRANSACTION) {
      const url = await server.createDatabase('tx');
      if (setup) await server.query(url, setup);
      assert.equal(await run(url, statement, true), 'ok', statement);
      assert.deepEqual(await lintSql(`${statement};\n`, 'needs-no-transaction'), [], statement);
      assert.equal(migrateRefuses(statement), false, statement);
    }
  });

  test('the finding points at CONCURRENTLY where there is one, says why and is not allowable', async () => {
    const [finding] = await lintSql('CREATE UNIQUE INDEX CONCURRENTLY i ON app.t (a);\n', 'needs-no-transaction');
    assert.equal(finding?.column, 'CREATE UNIQUE INDEX '.length + 1);
    assert.equal(finding?.severity, 'error');
    assert.match(finding?.message ?? '', /CREATE INDEX CONCURRENTLY cannot run inside a transaction block.*25001/);
    const excepted = await lintSql('-- pg-promote-lint: allow needs-no-transaction reason: tried\nVACUUM;\n');
    assert.deepEqual(excepted.map((f) => `${f.line} ${f.rule}`), ['1 lint-exception-invalid', '2 needs-no-transaction']);
  });

  test('comments, quoted names and option lists do not fool the list', () => {
    assert.equal(noTransactionStatement('/* note */ CREATE -- x\n INDEX CONCURRENTLY i ON t (a)')?.name, 'CREATE INDEX CONCURRENTLY');
    assert.equal(noTransactionStatement('REINDEX (VERBOSE, CONCURRENTLY) TABLE t')?.name, 'REINDEX CONCURRENTLY');
    assert.equal(noTransactionStatement('REINDEX (VERBOSE) SCHEMA app')?.name, 'REINDEX SCHEMA, DATABASE or SYSTEM');
    assert.equal(noTransactionStatement('CLUSTER VERBOSE')?.name, 'CLUSTER of every clustered table');
    assert.equal(noTransactionStatement("COMMENT ON TABLE t IS 'VACUUM'"), undefined);
    assert.equal(noTransactionStatement('CREATE TABLE "VACUUM" (a int)'), undefined);
    assert.equal(noTransactionStatement("ALTER TABLE p DETACH PARTITION c"), undefined);
    assert.equal(noTransactionStatement("CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p WITH (create_slot = false)"), undefined);
  });

  test('the quick look at the first two words never hides an entry the full lexer finds', () => {
    const words = ['CREATE', 'create', 'UNIQUE', 'INDEX', 'CONCURRENTLY', 'DROP', 'ALTER', 'TABLE', 'DETACH', 'PARTITION', 'DATABASE', 'SYSTEM', 'SET',
      'TABLESPACE', 'REINDEX', 'VACUUM', 'CLUSTER', 'VERBOSE', 'DISCARD', 'ALL', 'SUBSCRIPTION', 'INSERT', 't', 'd', '"x"', '(', ')', ',', '1', 'café'];
    const gaps = [' ', '\n', '\t', ' /* c */ ', ' -- c\n', ''];
    const statement = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps)), { minLength: 1, maxLength: 8 })
      .map((parts) => parts.map(([w, g]) => w + g).join('').trim());
    fc.assert(fc.property(statement, (text) => {
      const full = NO_TRANSACTION_STATEMENTS.find((s) => s.matches(statementTokens(text)));
      assert.equal(noTransactionStatement(text), full, text);
    }), { numRuns: 3000 });
  });

  test('CONCURRENTLY is an error in a transactional file, at the word, and right under -- pg-promote:no-transaction', async () => {
    const findings = await lintSql([
      'CREATE INDEX CONCURRENTLY t_a ON app.t (a);\nDROP INDEX CONCURRENTLY app.t_b;\nREINDEX INDEX CONCURRENTLY app.t_c;\n',
      '-- pg-promote:no-transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS t_a ON app.t (a);\nDROP INDEX CONCURRENTLY IF EXISTS app.t_b;\n',
    ]);
    assert.deepEqual(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`), [
      '001.sql:1:14 needs-no-transaction',
      '001.sql:2:12 needs-no-transaction',
      '001.sql:3:15 needs-no-transaction',
    ]);
    assert.ok(findings.every((f) => f.severity === 'error'));
  });
});
