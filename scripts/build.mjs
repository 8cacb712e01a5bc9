// Bundles each entry point with ncc into dist/. dist/ is committed: GitHub runs it as is.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const entries = [
  ['src/action/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli'],
];

rmSync('dist', { recursive: true, force: true });
for (const [entry, out] of entries) {
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' });
}
