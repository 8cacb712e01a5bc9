import { createHash } from 'node:crypto';
import { VERSION } from '../version.js';
import type { CompiledRule } from '../boundary/rules.js';
import type { AcceptedFinding, BoundaryFinding } from '../boundary/types.js';

/**
 * SARIF 2.1.0 for github/codeql-action/upload-sarif: one reporting rule per boundary rule (its id
 * is the rule's name, so it stays stable across runs), repository-relative paths, regions in
 * code points, and a fingerprint that survives edits elsewhere in the file. Accepted findings
 * are kept, with their suppression and reason, so code scanning shows them as dismissed.
 */
export const sarifRuleId = (rule: string) => `pg-promote/boundary/${rule}`;

export function buildSarif(rules: readonly CompiledRule[], findings: readonly BoundaryFinding[], accepted: readonly AcceptedFinding[]): object {
  const ruleIndex = new Map(rules.map((r, i) => [r.name, i]));
  const occurrences = new Map<string, number>();
  const result = (f: BoundaryFinding, suppression?: AcceptedFinding) => {
    const key = `${f.file}\0${f.rule}\0${f.kind}\0${f.object.toLowerCase()}`;
    const nth = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, nth);
    return {
      ruleId: sarifRuleId(f.rule),
      ruleIndex: ruleIndex.get(f.rule) ?? 0,
      level: 'error',
      message: { text: `${f.kind} writes to protected ${f.object} (rule ${f.rule}; found by ${f.via}).` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: f.line,
              startColumn: f.column,
              endLine: f.line,
              endColumn: f.endColumn ?? f.column + f.object.length,
              ...(f.snippet ? { snippet: { text: f.snippet } } : {}),
            },
          },
        },
      ],
      partialFingerprints: { 'pgPromoteBoundary/v1': createHash('sha256').update(`${key}\0${nth}`).digest('hex').slice(0, 32) },
      ...(suppression
        ? { suppressions: [{ kind: suppression.source === 'inline' ? 'inSource' : 'external', status: 'accepted', justification: suppression.reason }] }
        : {}),
    };
  };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pg-promote boundary-check',
            semanticVersion: VERSION,
            informationUri: 'https://github.com/pg-promote/pg-promote#boundary-check',
            rules: rules.map((r) => ({
              id: sarifRuleId(r.name),
              name: r.name,
              shortDescription: { text: `Code under ${r.paths.join(', ')} must not write to ${protectedText(r)}.` },
              fullDescription: {
                text: `Any statement that changes data or schema of a protected object (INSERT, UPDATE, DELETE, MERGE, TRUNCATE, COPY FROM, ALTER, DROP, CREATE, GRANT, REVOKE), in SQL files, SQL string literals or query-builder calls, is a finding. Reading is allowed.`,
              },
              help: { text: `Move the write behind the owning app's API, or accept it with a reason: an inline 'boundary-check: allow <reason>' comment or a baseline entry.` },
              defaultConfiguration: { level: 'error' },
              properties: { tags: ['security', 'sql', 'architecture'], precision: 'high', 'problem.severity': 'error' },
            })),
          },
        },
        columnKind: 'unicodeCodePoints',
        results: [...findings.map((f) => result(f)), ...accepted.map((a) => result(a, a))],
      },
    ],
  };
}

function protectedText(r: CompiledRule): string {
  const parts = [...r.protectedSchemas.map((s) => `schema ${s}`), ...r.protectedPrefixes.map((p) => `tables named ${p}*`)];
  return parts.join(' or ');
}
