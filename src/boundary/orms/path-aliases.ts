import { existsSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../../config/paths.js';
import { isObject, readProjectJson } from './project-json.js';
import { NearestFolder } from './nearest-folder.js';

/**
 * Where an import that is not a relative path points inside the repository: a path alias of the
 * nearest tsconfig.json or jsconfig.json (`@/db/schema` as create-next-app writes it, `~/server/db`
 * as create-t3-app does), read as TypeScript reads it: `paths` patterns (an exact one first, else
 * the longest prefix before `*`), relative to `baseUrl` or else to the file that sets them, then
 * `baseUrl` alone; `extends` by relative path is followed. Workspace packages: src/boundary/orms/workspace-packages.ts.
 */

interface Aliases {
  baseUrl?: string;
  paths?: { dir: string; patterns: Array<[string, string[]]> };
}

export class PathAliases {
  private readonly nearest: NearestFolder<Aliases>;
  private readonly configs = new Map<string, Aliases>();

  /** `unparseable` hears of each config that cannot be read as JSON with comments, once. */
  constructor(
    private readonly root: string,
    private readonly unparseable: (rel: string, why: string) => void,
  ) {
    const config = (dir: string) => ['tsconfig.json', 'jsconfig.json'].map((f) => path.join(dir, f)).find((f) => existsSync(f));
    this.nearest = new NearestFolder(root, (dir) => {
      const file = config(dir);
      return file ? this.load(file, new Set()) : undefined;
    }, {});
  }

  /** The paths (before extensions are tried) that `spec`, imported from a file in `dir`, may stand for. */
  bases(dir: string, spec: string): string[] {
    const { baseUrl, paths } = this.nearest.of(dir);
    const targets = paths ? substitutions(paths.patterns, spec) : undefined;
    if (targets) return targets.map((t) => path.resolve(baseUrl ?? paths!.dir, t));
    return baseUrl ? [path.resolve(baseUrl, spec)] : [];
  }

  private load(file: string, seen: Set<string>): Aliases {
    const known = this.configs.get(file);
    if (known || seen.has(file)) return known ?? {};
    seen.add(file);
    const raw = readProjectJson(file);
    const dir = path.dirname(file);
    if (typeof raw === 'string') {
      if (raw === 'not JSON') this.unparseable(path.relative(this.root, file).split(path.sep).join('/'), 'it is not JSON (comments and trailing commas allowed); its path aliases were not followed');
      return {};
    }
    // compilerOptions merge key by key: what the file sets wins over what it extends, the last of several extends over the first.
    // A base outside the repository (or a package's) is not read.
    const bases = (typeof raw.extends === 'string' ? [raw.extends] : Array.isArray(raw.extends) ? raw.extends : []).filter((e): e is string => typeof e === 'string' && e.startsWith('.'));
    let aliases: Aliases = {};
    for (const base of bases.map((b) => path.resolve(dir, b)).filter((b) => isInside(this.root, b))) {
      aliases = { ...aliases, ...this.load(base.endsWith('.json') || !existsSync(`${base}.json`) ? base : `${base}.json`, seen) };
    }
    const options = isObject(raw.compilerOptions) ? raw.compilerOptions : {};
    if (typeof options.baseUrl === 'string') aliases.baseUrl = path.resolve(dir, options.baseUrl);
    if (isObject(options.paths)) {
      const patterns = Object.entries(options.paths).map(([k, v]): [string, string[]] => [k, Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : []]);
      aliases.paths = { dir, patterns };
    }
    this.configs.set(file, aliases);
    return aliases;
  }
}

/** The targets of the pattern `spec` matches, its `*` filled in, or undefined when none does. */
function substitutions(patterns: ReadonlyArray<[string, string[]]>, spec: string): string[] | undefined {
  let best: { prefix: number; star: string; targets: string[] } | undefined;
  for (const [pattern, targets] of patterns) {
    const star = pattern.indexOf('*');
    if (star < 0) {
      if (pattern === spec) return targets;
      continue;
    }
    const [prefix, suffix] = [pattern.slice(0, star), pattern.slice(star + 1)];
    const fits = spec.length >= prefix.length + suffix.length && spec.startsWith(prefix) && spec.endsWith(suffix);
    if (fits && (!best || prefix.length > best.prefix)) best = { prefix: prefix.length, star: spec.slice(prefix.length, spec.length - suffix.length), targets };
  }
  return best?.targets.map((t) => t.replace('*', best.star));
}
