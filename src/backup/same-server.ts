import { existsSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import type { ConnectionTarget } from '../db/connection-url.js';
import { ConfigError, ConnectionFailed } from '../errors/promote-error.js';
import { dbnameArg, spawnFailure, startTool, toolErrorLine } from './pg-tool.js';

/**
 * Which server, database and role a connection reached: the start time of the server's
 * postmaster and the database's OID (readable by every role), the role, and the system
 * identifier where the role may read it. Two clusters never share all of these.
 */
const identitySql = (withSystemId: boolean): string =>
  `SELECT concat_ws(' | ', ${withSystemId ? "'system ' || (SELECT system_identifier FROM pg_catalog.pg_control_system())," : ''}` +
  `'started ' || extract(epoch FROM pg_catalog.pg_postmaster_start_time()), ` +
  `'database oid ' || (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database()), ` +
  `'database ' || pg_catalog.current_database(), 'user ' || current_user) AS identity`;

const CAN_READ_SYSTEM_ID_SQL = "SELECT pg_catalog.has_function_privilege('pg_catalog.pg_control_system()', 'EXECUTE') AS can";

/**
 * Proves that the client tools reach the server and database this session is connected to,
 * by asking psql (the same libpq, the same environment as pg_dump and pg_restore get) the same
 * question. Run before anything a child does is trusted or destructive: a restore that reached
 * another server would replace that server's database and report success.
 */
export async function proveSameServer(client: pg.ClientBase, target: ConnectionTarget, besideTool: string, doing: string): Promise<void> {
  const can = Boolean((await client.query<{ can: boolean }>(CAN_READ_SYSTEM_ID_SQL)).rows[0]?.can);
  const sql = identitySql(can);
  const ours = (await client.query<{ identity: string }>(sql)).rows[0]?.identity ?? '';
  const psql = path.join(path.dirname(besideTool), 'psql');
  if (!existsSync(psql)) {
    throw new ConfigError(`psql not found beside ${besideTool}: it proves that the client tools reach ${target.display} before ${doing}`, { key: 'psql' });
  }
  let running;
  try {
    running = startTool(psql, ['-X', '-A', '-t', '-q', '--no-password', '-v', 'ON_ERROR_STOP=1', dbnameArg(target), '-c', sql], { target, stdout: 'pipe' });
  } catch (err) {
    throw spawnFailure('psql', psql, err);
  }
  let out = '';
  running.child.stdout?.setEncoding('utf8');
  running.child.stdout?.on('data', (t: string) => (out += t));
  const exit = await running.exit.catch((err: unknown) => {
    throw spawnFailure('psql', psql, err);
  });
  if (exit.code !== 0) {
    throw new ConnectionFailed(`the client tools cannot connect to ${target.display} (${toolErrorLine('psql', exit)}); nothing was done before ${doing}`, {
      object: target.display,
    });
  }
  const theirs = out.trim();
  if (theirs !== ours) {
    throw new ConnectionFailed(`the client tools reach another server or database than this session (${theirs || 'nothing'}; this session: ${ours}); refusing ${doing}. ` +
        'Check PGHOST, PGPORT, PGUSER, PGDATABASE and PGSERVICE against the connection string',
      { object: target.display },
    );
  }
}
