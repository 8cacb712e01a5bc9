// Bundles each entry point with ncc. dist/ and boundary-check/dist/ are committed: GitHub
// runs them as they are, so CI checks they match a fresh build.
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const entries = [
  ['src/action/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli'],
  ['src/boundary-check/index.ts', 'boundary-check/dist'],
];

// PostgreSQL's parser (libpg-query) loads its WebAssembly by file name at run time, which a
// bundler cannot see: it goes next to every bundle that may parse SQL.
const WASM = 'node_modules/libpg-query/wasm/libpg-query.wasm';

for (const out of new Set(entries.map(([, o]) => o))) rmSync(out, { recursive: true, force: true });
for (const [entry, out] of entries) {
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' });
  copyFileSync(WASM, path.join(out, path.basename(WASM)));
}
