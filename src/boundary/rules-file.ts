import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { BoundaryRule } from '../config/load.js';
import { promotionConfigSchema } from '../config/schema.js';
import { configError, usageError } from '../errors/promote-error.js';

/**
 * Rules from a separate file (the action's `rules-file` input, the CLI's rulesFile): the
 * `boundary_check` block of promotion.yml, alone, in YAML or JSON. Kept out of rules.ts, which
 * every scan worker thread loads: they need compiled rules, not a YAML parser and the schema.
 */
export function loadRulesFile(root: string, written: string): { rules: BoundaryRule[]; baseline?: string; failOnEmptyRule: boolean } {
  const abs = path.resolve(root, written);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    throw usageError(`rules file ${written}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : (err as Error).message}`, { key: 'rules-file' });
  }
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors[0]) throw configError(`invalid YAML: ${doc.errors[0].message.split('\n')[0]}`, { file: written });
  const raw = (doc.toJS({ maxAliasCount: 50 }) ?? {}) as Record<string, unknown>;
  const block = typeof raw === 'object' && 'boundary_check' in raw ? raw.boundary_check : raw;
  const parsed = promotionConfigSchema.shape.boundary_check.unwrap().safeParse(block);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw configError(`${issue.path.map(String).join('.') || '(top level)'}: ${issue.message}`, { file: written, key: issue.path.map(String).join('.') });
  }
  return {
    rules: parsed.data.rules.map((r) => ({ name: r.name, paths: r.paths, protectedSchemas: r.protected_schemas, protectedPrefixes: r.protected_prefixes })),
    baseline: parsed.data.baseline,
    failOnEmptyRule: parsed.data.fail_on_empty_rule,
  };
}
