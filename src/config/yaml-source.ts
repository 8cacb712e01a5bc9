import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { configError } from '../errors/promote-error.js';

/**
 * A YAML file validated by a zod schema, where every error names the file, the line and the
 * key, as promotion.yml's errors do (src/config/load.ts). Shared so each YAML file pg-promote
 * reads points at the line the same way.
 */
export interface YamlSource<T> {
  data: T;
  /** The line of a key path (or of its nearest parent that has one), for later checks. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export function parseYamlSource<S extends z.ZodType>(text: string, file: string, schema: S): YamlSource<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = lineCounter.linePos(yamlError.pos[0]);
    throw configError(`invalid YAML: ${firstLine(yamlError.message)}`, { file, line: pos.line, column: pos.col });
  }
  let raw: unknown;
  try {
    // Aliases are capped: a YAML alias bomb must not expand into gigabytes.
    raw = doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    throw configError(`invalid YAML: ${firstLine((err as Error).message)}`, { file });
  }
  if (raw === null || raw === undefined) throw configError('file is empty', { file, line: 1 });
  const lineOf = (path: readonly PropertyKey[]) => lineOfPath(doc, lineCounter, path);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    const key = issue.path.map(String).join('.');
    throw configError(`${key || '(top level)'}: ${issueMessage(issue)}`, { file, line: lineOf(issue.path), key: key || undefined });
  }
  return { data: parsed.data, lineOf };
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  return issue.message;
}

function lineOfPath(doc: Document, lc: LineCounter, issuePath: readonly PropertyKey[]): number | undefined {
  for (let depth = issuePath.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(issuePath.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) return lc.linePos(node.range[0]).line;
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
