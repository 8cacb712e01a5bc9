import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { firstLine } from '../errors/format.js';
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
  // A tag the parser cannot resolve (!!js/function, !!python/object) would quietly become a
  // string, and the file then fail somewhere unrelated: it is refused where it is written.
  const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tag) {
    const pos = lineCounter.linePos(tag.pos[0]);
    const written = text.slice(tag.pos[0], tag.pos[1]).split(/\s/)[0];
    throw configError(`YAML tag '${written}' is not supported (write plain values: no tags)`, { file, line: pos.line, column: pos.col });
  }
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

/**
 * A file's bytes as text, refusing bytes that are not UTF-8 (read leniently, they would turn
 * into U+FFFD and the file fail later for a reason that does not name them), with the line.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch {
    // The longest prefix that is valid so far (an unfinished sequence at its end is allowed):
    // the next byte is the first bad one.
    let valid = 0;
    let invalid = bytes.length;
    while (invalid - valid > 1) {
      const mid = Math.floor((valid + invalid) / 2);
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        valid = mid;
      } catch {
        invalid = mid;
      }
    }
    // What decoded before the failure ends where the bad sequence starts (its lead byte may
    // have looked fine until the byte after it).
    const start = Buffer.byteLength(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, valid), { stream: true }));
    const line = bytes.subarray(0, start).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
    throw configError(`not valid UTF-8 (byte 0x${bytes[start]!.toString(16).padStart(2, '0')} at offset ${start}); save the file as UTF-8`, { file, line });
  }
}
