import { execFile, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { usageError } from '../errors/promote-error.js';

const run = promisify(execFile);

/** Git output for a whole tree listing can be large; a repository's names fit in this. */
const MAX_LISTING_BYTES = 256 * 1024 * 1024;

/** Where the repository root (pg-promote's --root) sits inside its git work tree. */
export interface GitRepo {
  /** The pg-promote root, absolute. */
  root: string;
  /** The root's path inside the git tree ('' or 'sub/dir/'), as `git rev-parse --show-prefix` gives it. */
  prefix: string;
}

async function git(root: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: MAX_LISTING_BYTES });
  return stdout;
}

export async function openRepo(root: string): Promise<GitRepo> {
  try {
    const prefix = (await git(root, ['rev-parse', '--show-prefix'])).trim();
    return { root, prefix };
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed' : 'it is not inside a git repository';
    throw usageError(`review compares with the base branch through git, but ${why} (root ${root})`, { key: '--root' });
  }
}

/**
 * The commit a ref names. A ref that does not resolve is the caller's mistake (exit 2): in
 * Actions it usually means the checkout was shallow, so the message says how to fetch it.
 */
export async function resolveCommit(repo: GitRepo, ref: string, option: '--base' | '--head'): Promise<string> {
  // A ref starting with '-' would be read as an option by git.
  if (!/^[^-\s][^\s]*$/.test(ref) || ref.includes('..')) {
    throw usageError(`${option} '${ref}' is not a branch, tag or commit name`, { key: option });
  }
  try {
    return (await git(repo.root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
  } catch {
    throw usageError(
      `${option} '${ref}' cannot be read: no such branch, tag or commit in this repository (in GitHub Actions, check out with fetch-depth: 0)`,
      { key: option },
    );
  }
}

/** Regular files of a commit under the root, root-relative path -> blob id. Links and submodules are left out. */
export async function listCommit(repo: GitRepo, commit: string): Promise<Map<string, string>> {
  const out = await git(repo.root, ['ls-tree', '-r', '-z', '--full-tree', commit]);
  const files = new Map<string, string>();
  for (const entry of out.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, blob] = entry.slice(0, tab).split(' ') as [string, string, string];
    const file = entry.slice(tab + 1);
    if (type !== 'blob' || !mode.startsWith('100') || !file.startsWith(repo.prefix)) continue;
    files.set(file.slice(repo.prefix.length), blob);
  }
  return files;
}

/**
 * Writes the given files of a commit under `dir`, all read through one `git cat-file --batch`
 * (one process, however many files). Paths come from git's own listing, never from input.
 */
export async function materialize(repo: GitRepo, files: ReadonlyMap<string, string>, dir: string): Promise<void> {
  const entries = [...files];
  if (entries.length === 0) return;
  const contents = await catBlobs(repo, entries.map(([, blob]) => blob));
  entries.forEach(([rel], i) => {
    const abs = path.join(dir, rel);
    const inside = path.relative(dir, abs);
    if (inside.startsWith('..') || path.isAbsolute(inside)) return;
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, contents[i]!);
  });
}

function catBlobs(repo: GitRepo, blobs: string[]): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', repo.root, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file failed: ${stderr.trim()}`));
      const out = Buffer.concat(chunks);
      const result: Buffer[] = [];
      let at = 0;
      for (const blob of blobs) {
        const eol = out.indexOf(0x0a, at);
        const header = out.subarray(at, eol).toString('utf8');
        const [id, , size] = header.split(' ');
        if (id !== blob || size === undefined) return reject(new Error(`git cat-file: unexpected answer '${header}'`));
        const start = eol + 1;
        result.push(out.subarray(start, start + Number(size)));
        at = start + Number(size) + 1;
      }
      resolve(result);
    });
    child.stdin.end(blobs.map((b) => `${b}\n`).join(''));
  });
}
