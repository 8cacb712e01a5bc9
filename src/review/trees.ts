import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type PromotionConfig } from '../config/load.js';
import { DEFAULT_CONFIG_PATH } from '../config/defaults.js';
import { listCommit, materialize, resolveCommit, type GitRepo } from './git.js';
import type { ChangeKind, ReviewChange } from './types.js';

/** One side of the review: a folder holding the files pg-promote reads, and its config. */
export interface ReviewTree {
  root: string;
  /** The --config to give the engine for this tree (undefined: its default). */
  configPath?: string;
  config: PromotionConfig;
  /** Root-relative path -> sha256 of the content, for every file under the phase folders and the config. */
  files: Map<string, string>;
}

/** Where a path belongs: which phase and what kind of file, from a config's phase folders. */
interface Place {
  phase?: string;
  kind: ChangeKind;
}

/**
 * The config's path as both trees know it: relative to the root. An absolute --config outside
 * the root is the same file for both sides.
 */
export function configPathIn(root: string, configPath: string | undefined): string {
  if (configPath === undefined) return DEFAULT_CONFIG_PATH;
  if (!path.isAbsolute(configPath)) return configPath;
  const rel = path.relative(root, configPath);
  return rel.startsWith('..') || path.isAbsolute(rel) ? configPath : rel.split(path.sep).join('/');
}

/**
 * Writes a commit's config and phase folders into `dir` (nothing else of the repository is
 * read) and loads its config there. The config decides the folders, so it is read first.
 */
export async function checkoutTree(repo: GitRepo, commit: string, dir: string, configPath: string, fallback?: string): Promise<ReviewTree> {
  const listing = await listCommit(repo, commit);
  const configRel = path.isAbsolute(configPath) ? undefined : path.posix.normalize(configPath);
  if (configRel && listing.has(configRel)) await materialize(repo, new Map([[configRel, listing.get(configRel)!]]), dir);
  // A commit without the config file (a base from before pg-promote) is read with the other side's config.
  const written = configRel === undefined ? configPath : listing.has(configRel) || fallback === undefined ? configRel : fallback;
  const config = loadConfig({ root: dir, configPath: written });
  const places = placesOf(config);
  const wanted = new Map([...listing].filter(([rel]) => placeOf(places, rel) !== undefined));
  await materialize(repo, wanted, dir);
  return { root: dir, configPath: written, config, files: fingerprint(dir, config) };
}

/** The working tree at the root, as the pull request's side when no --head is given. */
export function workingTree(root: string, configPath: string | undefined): ReviewTree {
  const config = loadConfig({ root, configPath });
  return { root, configPath, config, files: fingerprint(root, config) };
}

export { resolveCommit };

/** Files that differ between base and head, each placed in its phase (the head's layout first). */
export function changesBetween(base: ReviewTree, head: ReviewTree): ReviewChange[] {
  const headPlaces = placesOf(head.config);
  const basePlaces = placesOf(base.config);
  const changes: ReviewChange[] = [];
  const paths = [...new Set([...base.files.keys(), ...head.files.keys()])].sort();
  for (const file of paths) {
    const before = base.files.get(file);
    const after = head.files.get(file);
    if (before === after) continue;
    const place = placeOf(headPlaces, file) ?? placeOf(basePlaces, file) ?? { kind: 'config' as const };
    changes.push({ file, kind: place.kind, phase: place.phase, change: before === undefined ? 'added' : after === undefined ? 'deleted' : 'edited' });
  }
  return changes;
}

interface Places {
  config: string;
  folders: Map<string, Place>;
  /** Another tool's layout: anything below the folder is the phase's (diesel's and Sqitch's subfolders, Flyway's .conf). */
  trees: Map<string, Place>;
  files: Map<string, Place>;
}

function placesOf(config: PromotionConfig): Places {
  const folders = new Map<string, Place>();
  const trees = new Map<string, Place>();
  const files = new Map<string, Place>();
  for (const phase of config.phases) {
    (phase.layout === 'pg-promote' ? folders : trees).set(phase.migrations.rel, { phase: phase.name, kind: 'migration' });
    if (phase.down) folders.set(phase.down.rel, { phase: phase.name, kind: 'down' });
    for (const v of phase.views) files.set(v.rel, { phase: phase.name, kind: 'view' });
    for (const p of phase.policies) files.set(p.rel, { phase: phase.name, kind: 'policy' });
  }
  const rel = path.relative(config.root, path.resolve(config.root, config.source)).split(path.sep).join('/');
  return { config: rel, folders, trees, files };
}

function placeOf(places: Places, rel: string): Place | undefined {
  if (rel === places.config) return { kind: 'config' };
  const file = places.files.get(rel);
  if (file) return file;
  // Discovery reads a versioned folder's own files, not its subfolders.
  const own = places.folders.get(path.posix.dirname(rel));
  if (own) return own;
  for (let dir = path.posix.dirname(rel); dir !== '.' && dir !== '/'; dir = path.posix.dirname(dir)) {
    const tree = places.trees.get(dir);
    if (tree) return tree;
  }
  return places.trees.get('.');
}

function fingerprint(root: string, config: PromotionConfig): Map<string, string> {
  const places = placesOf(config);
  const files = new Map<string, string>();
  const add = (rel: string) => {
    const abs = path.join(root, rel);
    if (existsSync(abs) && statSync(abs).isFile()) files.set(rel, createHash('sha256').update(readFileSync(abs)).digest('hex'));
  };
  add(places.config);
  for (const rel of places.files.keys()) add(rel);
  for (const folder of places.folders.keys()) {
    const abs = path.join(root, folder);
    if (!existsSync(abs) || !statSync(abs).isDirectory()) continue;
    for (const name of readdirSync(abs)) add(`${folder}/${name}`);
  }
  for (const folder of places.trees.keys()) {
    const abs = path.join(root, folder);
    if (!existsSync(abs) || !statSync(abs).isDirectory()) continue;
    for (const name of readdirSync(abs, { recursive: true }) as string[]) add(`${folder === '.' ? '' : `${folder}/`}${name.split(path.sep).join('/')}`);
  }
  return files;
}
