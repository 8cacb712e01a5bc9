import pg from 'pg';

/**
 * What a statement does on a real server, for the lint rules' tests: the locks it holds (read
 * from pg_locks by a second session while the first keeps its transaction open), the DEBUG1
 * messages it raises (PostgreSQL says there when it skips a scan), and the error it fails with.
 */
async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** "relation mode" for every relation lock `statement` holds, taken inside an open transaction. */
export async function locksTaken(url: string, statement: string): Promise<string[]> {
  const a = await connect(url);
  const b = await connect(url);
  try {
    const pid = (await a.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    await a.query('BEGIN');
    await a.query(statement);
    const { rows } = await b.query<{ lock: string }>(
      `SELECT c.relname || ' ' || l.mode AS lock
       FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
       WHERE l.pid = $1 AND l.locktype = 'relation' AND l.granted AND c.relnamespace <> 'pg_catalog'::regnamespace
       ORDER BY 1`,
      [pid],
    );
    return rows.map((r) => r.lock);
  } finally {
    await a.query('ROLLBACK').catch(() => undefined);
    await a.end();
    await b.end();
  }
}

/** The DEBUG1 (and louder) messages the statements raise, in order. */
export async function debugMessages(url: string, statements: string): Promise<string[]> {
  const a = await connect(url);
  const messages: string[] = [];
  a.on('notice', (n) => messages.push(n.message ?? ''));
  try {
    await a.query('SET client_min_messages = debug1');
    await a.query(statements);
    return messages;
  } finally {
    await a.end();
  }
}

/** The SQLSTATE `statements` fail with, or 'ok'. */
export async function outcome(url: string, statements: string): Promise<string> {
  const a = await connect(url);
  try {
    await a.query(statements);
    return 'ok';
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  } finally {
    await a.end();
  }
}
