import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { usageError } from '../errors/promote-error.js';
import type { ConnectionTarget } from './connection-url.js';

/**
 * libpq's sslmode for pg-promote's own driver. `require` encrypts without verifying, unless a
 * root certificate file exists (given, or ~/.postgresql/root.crt): then, as in libpq, it
 * verifies the chain like verify-ca. `prefer` and `allow` are the fallbacks session.ts tries.
 */
export function tlsOptions(target: ConnectionTarget, env: NodeJS.ProcessEnv = process.env): tls.ConnectionOptions {
  const { ssl } = target;
  const home = env.HOME || os.homedir();
  const dotDir = path.join(home, '.postgresql');
  const file = (keyword: string, given: string | undefined, fallback: string): Buffer | undefined => {
    const name = given ?? path.join(dotDir, fallback);
    try {
      return readFileSync(name);
    } catch (err) {
      if (given === undefined) return undefined;
      const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(err as Error).message})`;
      throw usageError(`${keyword} file "${name}" ${why}`, { key: target.sources[keyword] ?? keyword, file: name });
    }
  };
  const options: tls.ConnectionOptions = {};
  const systemStore = ssl.rootcert === 'system';
  const ca = systemStore ? undefined : file('sslrootcert', ssl.rootcert, 'root.crt');
  const verify = ssl.mode === 'verify-ca' || ssl.mode === 'verify-full' || (ca !== undefined && ssl.mode === 'require');
  if (verify) {
    if (!ca && !systemStore) {
      throw usageError(
        `sslmode=${ssl.mode} needs a root certificate: set sslrootcert (or PGSSLROOTCERT) to the CA's file, or put it in ${path.join(dotDir, 'root.crt')}`,
        { key: 'sslrootcert' },
      );
    }
    if (ca) options.ca = ca;
    options.rejectUnauthorized = true;
    const expected = target.hostaddr && !target.host.startsWith('/') ? target.host : undefined;
    options.checkServerIdentity =
      ssl.mode === 'verify-full' ? (host, cert) => tls.checkServerIdentity(expected ?? host, cert) : () => undefined;
  } else {
    options.rejectUnauthorized = false;
  }
  const cert = file('sslcert', ssl.cert, 'postgresql.crt');
  const key = file('sslkey', ssl.key, 'postgresql.key');
  if (cert && key) {
    options.cert = cert;
    options.key = key;
    if (ssl.keyPassword) options.passphrase = ssl.keyPassword;
  } else if (ssl.cert !== undefined && !key) {
    throw usageError(`sslcert is set but no key: set sslkey (or PGSSLKEY), or put it in ${path.join(dotDir, 'postgresql.key')}`, { key: 'sslkey' });
  }
  const crl = file('sslcrl', ssl.crl, 'root.crl');
  if (crl && verify) options.crl = crl;
  return options;
}
