import { CONNECTION_ENV, KEYWORD_ENV, type ConnectionTarget } from './connection-url.js';
import { quoteConninfoValue } from './conninfo.js';
import { systemRootFile } from './tls.js';

/**
 * A child's (pg_dump, pg_restore, psql) environment: the caller's, minus every variable that
 * shapes a libpq connection, plus the resolved target spelled as those variables. The child
 * thus reaches exactly the server, database and user pg-promote did, and its command line
 * carries no URL and no password (argv is visible to every user of the machine).
 */
export function childEnv(target: ConnectionTarget, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base)) if (!CONNECTION_ENV.has(k)) env[k] = v;
  env.LC_MESSAGES = 'C';
  env.PGHOST = target.host;
  if (target.hostaddr) env.PGHOSTADDR = target.hostaddr;
  env.PGPORT = String(target.port);
  env.PGUSER = target.user;
  env.PGDATABASE = target.database;
  if (target.password !== undefined) env.PGPASSWORD = target.password;
  else if (target.passfile) env.PGPASSFILE = target.passfile;
  env.PGSSLMODE = target.ssl.mode;
  if (target.ssl.rootcert) env.PGSSLROOTCERT = target.ssl.rootcert === 'system' ? (systemRootFile() ?? 'system') : target.ssl.rootcert;
  if (target.ssl.cert) env.PGSSLCERT = target.ssl.cert;
  if (target.ssl.key) env.PGSSLKEY = target.ssl.key;
  if (target.ssl.crl) env.PGSSLCRL = target.ssl.crl;
  if (target.options) env.PGOPTIONS = target.options;
  if (target.applicationName) env.PGAPPNAME = target.applicationName;
  if (target.connectTimeoutSeconds) env.PGCONNECT_TIMEOUT = String(target.connectTimeoutSeconds);
  for (const [k, v] of Object.entries(target.extra)) {
    const variable = KEYWORD_ENV[k];
    if (variable) env[variable] = v;
  }
  return env;
}

/**
 * --dbname for a child: the database alone, as a keyword/value string, so a name holding '='
 * is not read as a connection string; everything else comes from childEnv.
 */
export const dbnameArg = (target: ConnectionTarget): string => `--dbname=dbname=${quoteConninfoValue(target.database)}`;
