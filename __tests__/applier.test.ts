import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Database } from '../src/db/database.js';
import type { EngineEvent } from '../src/events.js';
import { applyInOrder, type RunContext, type RunItem } from '../src/migrate/applier.js';
import { MARKER } from '../src/migrate/file-script.js';
import { HistoryStore } from '../src/migrate/history-store.js';
import { readSqlFile } from '../src/migrate/sql-file.js';
import type { FileResult } from '../src/result.js';
import { makeTree } from './harness/tree.js';

/** A database that answers every script, emits each marker it was sent, and fails where told. */
function fakeDatabase(failAt?: { script: number; afterMarkers: number; error: object }) {
  const scripts: string[] = [];
  const queries: string[] = [];
  const db: Database = {
    query: async (text) => {
      queries.push(text);
      return { rows: [] };
    },
    script: async (text, onRow) => {
      scripts.push(text);
      const markers = [...text.matchAll(new RegExp(`(\\d+)\\)? AS "${MARKER}"`, 'g'))].map((m) => Number(m[1] ?? 0));
      if (/CASE WHEN/.test(text)) markers.unshift(0); // the lock check is marker 0
      const failing = failAt?.script === scripts.length - 1;
      for (const [i, n] of markers.entries()) {
        if (failing && i >= failAt.afterMarkers) throw failAt.error;
        onRow?.({ [MARKER]: n });
      }
      if (failing) throw failAt.error;
    },
  };
  return { db, scripts, queries };
}

function items(files: Record<string, string>): RunItem[] {
  const root = makeTree(Object.fromEntries(Object.entries(files).map(([name, sql]) => [`m/${name}`, sql])));
  return Object.keys(files).map((name, i) => ({
    phase: 'app', kind: 'migration', version: String(i + 1), file: readSqlFile({ rel: `m/${name}`, abs: path.join(root, 'm', name) }),
  }));
}

function context(db: Database): RunContext {
  const events: EngineEvent[] = [];
  return {
    db,
    store: new HistoryStore({ schema: 'audit', table: 'migration_log' }),
    settings: { sessionAuthorization: 'postgres', lockTimeout: '1000ms', statementTimeout: '600000ms', searchPath: '"$user", public', role: 'none' },
    executionId: '00000000-0000-0000-0000-000000000001',
    actor: "o'brien",
    lockRetries: 0,
    lockRetryBackoffMs: 1,
    emit: (e) => events.push(e),
  };
}

async function run(ctx: RunContext, list: RunItem[]): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for await (const r of applyInOrder(ctx, list)) out.push(r);
  return out;
}

describe('the applier', () => {
  test('each transactional file is one round trip: BEGIN, the configured settings, its statements, its history row as literals, COMMIT; nothing else reaches the session', async () => {
    const { db, scripts, queries } = fakeDatabase();
    const results = await run(context(db), items({ "001_o'neil.sql": 'CREATE TABLE a (id int);\nSET search_path = x;\n', '002_b.sql': 'CREATE TABLE b (id int);\n' }));
    assert.deepEqual(results.map((r) => r.status), ['applied', 'applied']);
    assert.equal(scripts.length, 2, 'one script per file');
    assert.deepEqual(queries, [], 'no other query: no staging, no prepared statements');
    for (const script of scripts) {
      assert.match(script, /^BEGIN\n;\nSELECT pg_catalog\.set_config\('session_authorization', 'postgres', true\), pg_catalog\.set_config\('role', 'none', true\), pg_catalog\.set_config\('search_path', '"\$user", public', true\), pg_catalog\.set_config\('lock_timeout', '1000ms', true\), pg_catalog\.set_config\('statement_timeout', '600000ms', true\)/);
      assert.match(script, /\nCOMMIT\n;\n$/);
    }
    assert.match(scripts[0]!, /VALUES \('00000000-0000-0000-0000-000000000001'::uuid, 'app', 'migration', '1', 'm\/001_o''neil\.sql', '[0-9a-f]{64}', 'o''brien', round/);
  });

  test('a failure the server gives no position for is pinned by the marker rows that arrived before it', async () => {
    const { db, scripts, queries } = fakeDatabase({ script: 0, afterMarkers: 2, error: Object.assign(new Error('duplicate key'), { code: '23505' }) });
    const [result] = await run(context(db), items({ '001_a.sql': 'INSERT INTO t VALUES (1);\n\n  INSERT INTO t VALUES (1);\nINSERT INTO t VALUES (2);\n' }));
    assert.equal(result!.status, 'failed');
    assert.deepEqual([result!.error!.line, result!.error!.column, result!.error!.sqlstate], [3, 3, '23505']);
    assert.deepEqual(queries, ['ROLLBACK'], 'rolled back');
    assert.match(scripts[1]!, /'m\/001_a\.sql', '[0-9a-f]{64}', 'o''brien', \d+, false, '23505', 'duplicate key'\);\nCOMMIT/, 'then the failure recorded in a transaction of its own');
  });

  test('a server position in the script points into the file', async () => {
    const { db } = fakeDatabase();
    db.script = async (text) => {
      // The server counts code points from the start of the whole script.
      const position = String([...text.slice(0, text.indexOf('nope'))].length + 1);
      if (text.startsWith('BEGIN')) throw Object.assign(new Error('column "nope" does not exist'), { code: '42703', position });
    };
    const [result] = await run(context(db), items({ '001_a.sql': "SELECT 1;\nSELECT 'é' + nope;\n" }));
    assert.deepEqual([result!.error!.line, result!.error!.column, result!.error!.sqlstate], [2, 14, '42703']);
  });

  test('a file run behind a transaction pooler, without the lock, stops the run with the pooling message', async () => {
    const { db } = fakeDatabase({ script: 0, afterMarkers: 0, error: new Error('pg-promote: this connection does not hold the migration lock (server process 7)') });
    await assert.rejects(run(context(db), items({ '001_a.sql': 'SELECT 1;\n' })), /transaction pooling detected/);
  });
});
