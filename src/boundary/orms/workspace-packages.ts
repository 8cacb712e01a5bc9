import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseYamlSource } from '../../config/yaml-source.js';
import { PromoteError } from '../../errors/promote-error.js';
import { readSource, unlessRefused } from '../files.js';
import { isObject, readProjectJson } from './project-json.js';

/**
 * The packages of a monorepo's workspace, by name: an import of `@acme/db` or `@acme/db/schema`
 * reaches the tables that package declares (create-t3-turbo's layout). The workspace is what the
 * repository's package.json `workspaces` or pnpm-workspace.yaml `packages` list (folders, `*` and
 * `**` patterns); a package is entered where its `exports` point (conditions import, default,
 * require, node, types), else at its main, module or types, else at src/index or index.
 */

interface Package {
  dir: string;
  manifest: Record<string, unknown>;
}

const CONDITIONS = ['import', 'default', 'require', 'node', 'types'];
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
// pnpm's file holds more (catalogs, build settings): only its package list is read.
const PNPM_WORKSPACE = z.looseObject({ packages: z.array(z.string()).optional() });

export class WorkspacePackages {
  private packages: Map<string, Package> | undefined;

  /** `unparseable` hears of each workspace file or package.json that cannot be read, once. */
  constructor(
    private readonly root: string,
    private readonly unparseable: (rel: string, why: string) => void,
  ) {}

  /** The paths (before extensions are tried) that the package import `spec` may stand for. */
  bases(spec: string): string[] {
    this.packages ??= this.find();
    const parts = spec.split('/');
    const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
    const pkg = this.packages.get(name);
    if (!pkg) return [];
    const sub = spec.slice(name.length + 1);
    const exported = entriesOf(pkg.manifest.exports, sub ? `./${sub}` : '.');
    const declared = sub ? [sub, `src/${sub}`] : ['main', 'module', 'types'].map((k) => pkg.manifest[k]).filter((v): v is string => typeof v === 'string');
    return [...exported, ...declared, ...(sub ? [] : ['src/index', 'index'])].map((p) => path.resolve(pkg.dir, p));
  }

  private find(): Map<string, Package> {
    const found = new Map<string, Package>();
    const root = this.manifest(path.join(this.root, 'package.json'));
    const listed = Array.isArray(root?.workspaces) ? root.workspaces : isObject(root?.workspaces) ? root.workspaces.packages : undefined;
    const pnpm = path.join(this.root, 'pnpm-workspace.yaml');
    let patterns = Array.isArray(listed) ? listed : [];
    const read = existsSync(pnpm) ? readSource(pnpm) : undefined;
    if (read?.ok) {
      // Read as pg-promote reads its own YAML: tags refused, aliases capped, a fault named by its line.
      try {
        patterns = [...patterns, ...(parseYamlSource(read.bytes.toString('utf8'), 'pnpm-workspace.yaml', PNPM_WORKSPACE).data.packages ?? [])];
      } catch (err) {
        const line = err instanceof PromoteError && err.context.line !== undefined ? ` (line ${err.context.line})` : '';
        this.unparseable('pnpm-workspace.yaml', `${(err as Error).message}${line}; its packages were not followed`);
      }
    }
    // Negations narrow a list this reads generously anyway; a pattern leaving the repository is not followed.
    for (const pattern of patterns.filter((p): p is string => typeof p === 'string' && !p.startsWith('!') && !p.split('/').includes('..'))) {
      for (const dir of expand(this.root, pattern.replace(/^\.\//, '').split('/').filter(Boolean))) {
        const manifest = existsSync(path.join(dir, 'package.json')) ? this.manifest(path.join(dir, 'package.json')) : undefined;
        if (typeof manifest?.name === 'string' && !found.has(manifest.name)) found.set(manifest.name, { dir, manifest });
      }
    }
    return found;
  }

  private manifest(file: string): Record<string, unknown> | undefined {
    const parsed = readProjectJson(file);
    if (parsed === 'not JSON') this.unparseable(path.relative(this.root, file).split(path.sep).join('/'), 'it is not JSON; the workspace packages it names were not followed');
    return typeof parsed === 'string' ? undefined : parsed;
  }
}

/** The folders a workspace pattern's segments name under `dir`: `*` is any one folder, `**` any depth. */
function expand(dir: string, segments: readonly string[]): string[] {
  if (segments.length === 0) return [dir];
  const [head, ...rest] = segments;
  const children = () => (unlessRefused(() => readdirSync(dir, { withFileTypes: true })) ?? []).filter((e) => e.isDirectory() && !SKIPPED_DIRS.has(e.name)).map((e) => path.join(dir, e.name));
  if (head === '**') return [...expand(dir, rest), ...children().flatMap((c) => expand(c, segments))];
  if (head === '*') return children().flatMap((c) => expand(c, rest));
  return existsSync(path.join(dir, head!)) ? expand(path.join(dir, head!), rest) : [];
}

/** Where a package's `exports` send `key` ('.' or './schema'), through conditions and `*` patterns: every path, source first. */
function entriesOf(exports: unknown, key: string): string[] {
  if (typeof exports === 'string') return key === '.' ? [exports] : [];
  if (!isObject(exports)) return [];
  // An object of conditions, not of subpaths, is the entry of '.' alone.
  if (!Object.keys(exports).some((k) => k.startsWith('.'))) return key === '.' ? targets(exports) : [];
  if (key in exports) return targets(exports[key]);
  for (const [pattern, value] of Object.entries(exports)) {
    const star = pattern.indexOf('*');
    const [prefix, suffix] = [pattern.slice(0, star), pattern.slice(star + 1)];
    if (star >= 0 && key.startsWith(prefix) && key.endsWith(suffix) && key.length >= prefix.length + suffix.length) return targets(value).map((t) => t.replace('*', key.slice(prefix.length, key.length - suffix.length)));
  }
  return [];
}

/** A value of `exports`: a path, or conditions. An internal package's `default` is often its source where `types` is a build's. */
function targets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return isObject(value) ? CONDITIONS.flatMap((c) => targets(value[c])) : [];
}
