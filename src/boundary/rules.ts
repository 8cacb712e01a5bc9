import path from 'node:path';
import { Minimatch } from 'minimatch';
import type { BoundaryRule } from '../config/load.js';
import { configError } from '../errors/promote-error.js';
import type { WriteTarget } from './types.js';

/** A repository path pattern: a glob, or a plain path that means the file or everything under it. */
export interface PathMatcher {
  negated: boolean;
  /** The folder below which every match lies ('' for the root): the only place the walk must look. */
  base: string;
  /** A plain path without glob characters, usable without walking. */
  literal?: string;
  test(rel: string): boolean;
}

export interface CompiledRule {
  name: string;
  paths: string[];
  include: PathMatcher[];
  protectedSchemas: string[];
  protectedPrefixes: string[];
  protects(target: WriteTarget): boolean;
  covers(rel: string): boolean;
}

const MAGIC = /[*?[\]{}()!+@]/;

export function compilePattern(written: string, where: { file?: string; key: string; rule?: string }): PathMatcher {
  const negated = written.startsWith('!');
  let pattern = (negated ? written.slice(1) : written).trim().replace(/\\/g, '/');
  while (pattern.startsWith('./')) pattern = pattern.slice(2);
  const bad = (why: string) => configError(`${where.rule ? `rule '${where.rule}': ` : ''}path '${written}' ${why}`, { file: where.file, key: where.key });
  if (pattern === '' || pattern.includes('\0')) throw bad('is empty');
  if (path.posix.isAbsolute(pattern) || /^[A-Za-z]:\//.test(pattern)) throw bad('is absolute; write it relative to the repository root');
  if (pattern.split('/').includes('..')) throw bad('leaves the repository root');
  pattern = pattern.replace(/\/+$/, '');
  const segments = pattern.split('/');
  const firstMagic = segments.findIndex((s) => MAGIC.test(s));
  if (firstMagic < 0) {
    // A plain path is a file or a folder: `apps/vh` and `apps/vh/` both mean everything under it.
    const prefix = `${pattern}/`;
    return { negated, base: pattern, literal: pattern, test: (rel) => rel === pattern || rel.startsWith(prefix) };
  }
  const mm = new Minimatch(pattern, { dot: true, nocomment: true, nonegate: true });
  const re = mm.makeRe();
  if (re === false) throw bad('is not a valid glob');
  // `apps/vh/**` matches the folder itself in minimatch; files are all we ever test.
  return { negated, base: segments.slice(0, firstMagic).join('/'), test: (rel) => re.test(rel) };
}

/**
 * Rules as the config gives them (its schema has checked each name, path list and identifier),
 * checked together and compiled. A rule that protects nothing, or covers nothing, would pass
 * every file: that is a configuration error naming the rule.
 */
export function compileRules(rules: readonly BoundaryRule[], source: string): CompiledRule[] {
  return rules.map((rule, i) => {
    const key = `boundary_check.rules.${i}`;
    if (rules.findIndex((r) => r.name === rule.name) < i) throw configError(`rule '${rule.name}' is defined twice`, { file: source, key: `${key}.name` });
    const schemas = rule.protectedSchemas.map((s) => s.toLowerCase());
    const prefixes = rule.protectedPrefixes.map((p) => p.toLowerCase());
    if (schemas.length === 0 && prefixes.length === 0) {
      throw configError(`rule '${rule.name}' protects nothing: give it protected_schemas or protected_prefixes`, { file: source, key: key });
    }
    const matchers = rule.paths.map((p, j) => compilePattern(p, { file: source, key: `${key}.paths.${j}`, rule: rule.name }));
    const include = matchers.filter((m) => !m.negated);
    const exclude = matchers.filter((m) => m.negated);
    if (include.length === 0) throw configError(`rule '${rule.name}' only excludes paths: it would check nothing`, { file: source, key: `${key}.paths` });
    return {
      name: rule.name,
      paths: rule.paths,
      include,
      protectedSchemas: schemas,
      protectedPrefixes: prefixes,
      covers: (rel) => include.some((m) => m.test(rel)) && !exclude.some((m) => m.test(rel)),
      // A statement on a schema itself is protected by the schema alone; on an object, by its schema or its name's prefix.
      protects: (t) => (t.schema !== undefined && schemas.includes(t.schema)) || (!t.schemaObject && prefixes.some((p) => t.name?.startsWith(p))),
    };
  });
}
