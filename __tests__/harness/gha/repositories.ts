import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Repositories as GitHub holds them: git repositories on disk, registered under `owner/repo`.
 * Everything is read at a commit, never from the working tree, so a run sees exactly what was
 * committed at the sha it runs, as on GitHub.
 */
export class Repositories {
  private readonly folders = new Map<string, string>();
  private readonly exported = new Map<string, string>();

  /** Action trees are exported under `scratch`, which the owner removes. */
  constructor(private readonly scratch: string) {}

  add(name: string, folder: string): void {
    if (!/^[\w.-]+\/[\w.-]+$/.test(name)) throw new Error(`repository name '${name}' is not owner/repo`);
    this.folders.set(name.toLowerCase(), folder);
  }

  has(name: string): boolean {
    return this.folders.has(name.toLowerCase());
  }

  folder(name: string): string {
    const folder = this.folders.get(name.toLowerCase());
    if (!folder) throw new Error(`repository '${name}' not found (the test registered no such repository)`);
    return folder;
  }

  /** The commit a ref (sha, branch or tag) names; an error naming both when there is none. */
  resolve(name: string, ref: string): string {
    try {
      return git(this.folder(name), 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`).trim();
    } catch {
      throw new Error(`'${ref}' is not a ref or commit of ${name}`);
    }
  }

  /** A file's text at a commit, or undefined when the commit has no such file. */
  read(name: string, sha: string, file: string): string | undefined {
    try {
      return execFileSync('git', ['-C', this.folder(name), 'show', `${sha}:${path.posix.normalize(file).replace(/^\.\//, '')}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
    } catch {
      return undefined;
    }
  }

  /** The tree at a commit in a folder of its own, made once: how the runner downloads an action. */
  tree(name: string, sha: string): string {
    const key = `${name.toLowerCase()}@${sha}`;
    let dest = this.exported.get(key);
    if (!dest) {
      dest = mkdtempSync(path.join(this.scratch, 'action-'));
      execFileSync('sh', ['-c', 'git -C "$1" archive "$2" | tar -x -C "$3"', 'sh', this.folder(name), sha, dest]);
      this.exported.set(key, dest);
    }
    return dest;
  }

  /** A checkout with history (what actions/checkout gives with fetch-depth: 0). */
  clone(name: string, sha: string, dest: string): void {
    mkdirSync(dest, { recursive: true });
    if (existsSync(path.join(dest, '.git'))) throw new Error(`${dest} is already a checkout`);
    git(os.tmpdir(), 'clone', '--quiet', '--shared', '--no-checkout', this.folder(name), dest);
    git(dest, 'checkout', '--quiet', '--detach', sha);
  }
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-C', cwd, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
}

/** Commits a folder's files as a new repository of one commit; returns the sha. For tests. */
export function commitFolder(folder: string, message = 'test commit'): string {
  if (!existsSync(path.join(folder, '.git'))) git(folder, 'init', '--quiet', '--initial-branch=main');
  git(folder, 'add', '--all');
  git(folder, '-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '--quiet', '--allow-empty', '-m', message);
  return git(folder, 'rev-parse', 'HEAD').trim();
}


/**
 * The working tree of a git checkout (tracked files and new ones not ignored, as they are now)
 * committed as a fresh repository: what a push of the current work would put on GitHub.
 */
export function snapshotRepository(checkout: string): { dir: string; sha: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gha-snapshot-'));
  const files = git(checkout, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  for (const file of files) {
    const from = path.join(checkout, file);
    if (!existsSync(from)) continue;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(from, path.join(dir, file));
  }
  return { dir, sha: commitFolder(dir, 'snapshot of the work tree') };
}
