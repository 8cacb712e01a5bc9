import { existsSync, readFileSync, statSync } from 'node:fs';
import tls from 'node:tls';
import { usageError } from '../errors/promote-error.js';
import type { ConnectionTarget } from './connection-url.js';

/** The system's trust store as one file, where OpenSSL's builds keep it (Debian, Red Hat, Alpine and macOS). */
const SYSTEM_BUNDLES = ['/etc/ssl/certs/ca-certificates.crt', '/etc/pki/tls/certs/ca-bundle.crt', '/etc/ssl/cert.pem'];

/**
 * sslrootcert=system as a file: what libpq 16+ reads for it, and what an older pg_dump can be
 * given instead (it would take "system" for a file name). Undefined: Node's own roots are used.
 */
export const systemRootFile = (): string | undefined => SYSTEM_BUNDLES.find((f) => existsSync(f));

/**
 * libpq's sslmode for pg-promote's own driver. `require` (and `prefer`, `allow`) encrypt
 * without verifying, unless a root certificate file is known (given, or libpq's default
 * ~/.postgresql/root.crt, see connection-url.ts): then, as in libpq, the chain is verified as
 * with verify-ca. The fallbacks of `prefer` and `allow` are session.ts's business.
 */
export function tlsOptions(target: ConnectionTarget): tls.ConnectionOptions {
  const { ssl } = target;
  const file = (keyword: string, name: string | undefined): Buffer | undefined => {
    if (name === undefined) return undefined;
    try {
      return readFileSync(name);
    } catch (err) {
      const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(err as Error).message})`;
      throw usageError(`${keyword} file "${name}" ${why}${target.sources[keyword] ? ` (set by ${target.sources[keyword]})` : ''}`, {
        key: keyword,
        file: name,
      });
    }
  };
  const options: tls.ConnectionOptions = {};
  const systemStore = ssl.rootcert === 'system';
  const systemFile = systemStore ? systemRootFile() : undefined;
  const ca = systemStore ? (systemFile ? readFileSync(systemFile) : undefined) : file('sslrootcert', ssl.rootcert);
  const verify = ssl.mode === 'verify-ca' || ssl.mode === 'verify-full' || ca !== undefined;
  if (verify) {
    if (!ca && !systemStore) {
      throw usageError(
        `sslmode=${ssl.mode} needs a root certificate: set sslrootcert (or PGSSLROOTCERT) to the CA's file, or sslrootcert=system for the system's trusted roots`,
        { key: 'sslrootcert' },
      );
    }
    if (ca) options.ca = ca;
    options.rejectUnauthorized = true;
    // With hostaddr, the driver dials the address: the certificate must still name the host.
    const expected = target.hostaddr ? target.host : undefined;
    options.checkServerIdentity =
      ssl.mode === 'verify-full' ? (host, cert) => tls.checkServerIdentity(expected ?? host, cert) : () => undefined;
  } else {
    options.rejectUnauthorized = false;
  }
  const cert = file('sslcert', ssl.cert);
  if (cert) {
    if (!ssl.key) throw usageError('sslcert is set but sslkey is not: set sslkey (or PGSSLKEY) to the client key file', { key: 'sslkey' });
    const key = file('sslkey', ssl.key)!;
    refuseOpenKey(ssl.key);
    options.cert = cert;
    options.key = key;
    if (ssl.keyPassword) options.passphrase = ssl.keyPassword;
  }
  const crl = file('sslcrl', ssl.crl);
  if (crl && verify) options.crl = crl;
  return options;
}

/** libpq refuses a private key others may read; so do we, with its rule. */
function refuseOpenKey(name: string): void {
  if (process.platform === 'win32') return;
  const stat = statSync(name);
  const limit = stat.uid === 0 ? 0o037 : 0o077;
  if ((stat.mode & limit) !== 0) {
    throw usageError(
      `sslkey file "${name}" has group or world access; it must be u=rw (0600) or less, or u=rw,g=r (0640) or less if owned by root`,
      { key: 'sslkey', file: name },
    );
  }
}
