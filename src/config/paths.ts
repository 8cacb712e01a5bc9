import { realpathSync } from 'node:fs';
import path from 'node:path';
import { configError, type ErrorContext } from '../errors/promote-error.js';

/** A path from the config, kept both as written (for messages) and resolved (for reading). */
export interface RepoPath {
  /** Relative to the repository root, forward slashes: what messages and the history show. */
  rel: string;
  abs: string;
}

/**
 * Config paths are relative to the repository root and must stay inside it: a promotion
 * config must not be able to make pg-promote read (and run) files from elsewhere.
 */
export function resolveRepoPath(root: string, written: string, where: ErrorContext, options: { rootItself?: boolean } = {}): RepoPath {
  const key = where.key ? `${where.key}: ` : '';
  if (written.includes('\0')) throw configError(`${key}path contains a NUL byte`, where);
  if (path.isAbsolute(written) || /^[A-Za-z]:[\\/]/.test(written)) {
    throw configError(`${key}path '${written}' is absolute; write it relative to the repository root`, where);
  }
  const abs = path.resolve(root, written);
  const rel = path.relative(root, abs);
  if ((rel === '' && !options.rootItself) || rel.startsWith('..') || path.isAbsolute(rel)) {
    throw configError(`${key}path '${written}' is outside the repository root`, where);
  }
  return { rel: rel.split(path.sep).join('/'), abs };
}

/** Whether `abs` is `root` or lies below it (by path; links are not resolved). */
export function isInside(root: string, abs: string): boolean {
  const rel = path.relative(root, abs);
  return !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** Symlinks are followed only when they land inside the root. Missing paths pass through. */
export function assertInsideRealRoot(root: string, target: RepoPath, where: ErrorContext): void {
  let real: string;
  let realRoot: string;
  try {
    real = realpathSync(target.abs);
    realRoot = realpathSync(root);
  } catch {
    return;
  }
  const rel = path.relative(realRoot, real);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw configError(`${where.key ? `${where.key}: ` : ''}'${target.rel}' is a link that leads outside the repository root`, where);
  }
}
