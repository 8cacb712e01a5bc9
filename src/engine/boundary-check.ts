import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MARKER_TEXT, markerFor, type Marker } from '../boundary/exceptions.js';
import { SkipCounter, walkFiles } from '../boundary/files.js';
import { compilePattern, compileRules, type CompiledRule, type PathMatcher } from '../boundary/rules.js';
import { buildSarif } from '../report/boundary-sarif.js';
import { scanTree } from '../boundary/scan.js';
import type { AcceptedFinding, BoundaryFinding, BoundaryReport } from '../boundary/types.js';
import { configError, usageError, CheckFailed, type PromoteError } from '../errors/promote-error.js';
import { configFileToEdit } from '../config/defaults.js';
import type { BoundaryRule } from '../config/load.js';
import type { OfflineContext } from './offline.js';
import { endWith, type Outcome } from './outcome.js';
import { byCodeUnits } from '../code-unit-order.js';

// Most damaging first: the adapters show the first few in full and count the rest.
const SEVERITY = ['DROP', 'TRUNCATE', 'DELETE', 'ALTER', 'UPDATE', 'MERGE', 'INSERT', 'COPY', 'SELECT INTO', 'GRANT', 'REVOKE', 'CREATE', 'REFRESH', 'COMMENT'];
const severity = (kind: string) => {
  const i = SEVERITY.indexOf(kind);
  return i < 0 ? SEVERITY.length : i;
};

export function sortFindings<T extends BoundaryFinding>(findings: T[]): T[] {
  return findings.sort((a, b) => severity(a.kind) - severity(b.kind) || byCodeUnits(a.file, b.file) || a.line - b.line || a.column - b.column);
}

/**
 * `pg-promote boundary-check`: finds code that writes into another app's schema. Findings fail
 * the run (exit 1); rules that protect or cover nothing are configuration errors (exit 2); a
 * rule whose paths match no file is a warning, or an error with fail_on_empty_rule.
 */
export async function boundaryCheck(ctx: OfflineContext): Promise<Outcome<'boundary-check'>> {
  const started = Date.now();
  const { options, envelope } = ctx;
  const flags = options.boundary ?? {};
  // A rules file stands on its own: an app's repository that only runs this check holds no promotion config.
  const root = flags.rulesFile ? path.resolve(options.root) : ctx.config.root;
  const source = flags.rulesFile ?? ctx.config.source;
  const section = flags.rulesFile ? await loadRulesFile(root, flags.rulesFile) : ctx.config.boundaryCheck;
  if (section.rules.length === 0) {
    const file = flags.rulesFile ?? configFileToEdit(source);
    throw configError(
      `no boundary rules configured: list under boundary_check.rules in ${file} which code (paths) must not write to which schemas (protected_schemas) or tables (protected_prefixes)`,
      { file, key: 'boundary_check.rules' },
    );
  }
  const rules = compileRules(section.rules, source);
  const only = flags.paths && flags.paths.length > 0 ? flags.paths.map(pathsOption) : undefined;
  const baselineWritten = flags.baseline ?? section.baseline;
  const baseline = baselineWritten ? loadBaseline(root, baselineWritten, flags.baseline ? '--baseline' : 'boundary_check.baseline') : undefined;

  const scan = await scanTree({ root, rules, only });
  const problems: string[] = [];
  const { failing, accepted } = applyExceptions(scan.findings, (file) => scan.markers.get(file) ?? new Map(), baseline, problems);
  for (const [file, markers] of scan.markers) {
    for (const marker of markers.values()) if (!marker.used) problems.push(`${file}:${marker.line}: '${MARKER_TEXT}' matches no finding; remove it`);
  }
  const scanned = new Set(scan.markers.keys());
  for (const entry of baseline?.entries ?? []) {
    if (!entry.used && (only === undefined || scanned.has(entry.file))) {
      problems.push(`${baseline!.path}: accepted ${entry.kind ?? 'write'} to ${entry.object} in ${entry.file} matches no finding; remove it`);
    }
  }

  const emptyRules = rules.filter((r) => (scan.filesPerRule.get(r.name) ?? 0) === 0 && (only === undefined || coversNothing(root, r))).map((r) => r.name);
  for (const name of emptyRules) {
    const rule = rules.find((r) => r.name === name)!;
    envelope.warnings.push(`boundary rule '${name}': its paths (${rule.paths.join(', ')}) match no file, so nothing was checked`);
  }
  envelope.warnings.push(...scan.warnings, ...problems);

  const report: BoundaryReport = {
    findings: sortFindings(failing),
    accepted: sortFindings(accepted),
    filesScanned: scan.filesScanned,
    filesParsed: scan.filesParsed,
    bytesScanned: scan.bytesScanned,
    skipped: scan.skipped.counts,
    emptyRules,
    rules: rules.map((r) => ({ name: r.name, paths: r.paths, protectedSchemas: r.protectedSchemas, protectedPrefixes: r.protectedPrefixes, files: scan.filesPerRule.get(r.name) ?? 0 })),
    exceptionProblems: problems,
    baselinePath: baseline?.path,
    durationMs: 0,
  };
  if (flags.sarif) {
    const sarifPath = path.resolve(root, flags.sarif);
    try {
      mkdirSync(path.dirname(sarifPath), { recursive: true });
      writeFileSync(sarifPath, `${JSON.stringify(buildSarif(rules, report.findings, report.accepted), null, 2)}\n`);
    } catch (err) {
      throw usageError(`cannot write SARIF to ${flags.sarif}: ${(err as Error).message}`, { key: '--sarif' });
    }
    report.sarifPath = sarifPath;
  }
  report.durationMs = Date.now() - started;
  return endWith({ boundary: report }, verdict(report, emptyRules.length > 0 && section.failOnEmptyRule, source));
}

/** Findings fail the run (exit 1); with fail_on_empty_rule, so does a rule that matched no file (exit 2). */
function verdict(report: BoundaryReport, failOnEmpty: boolean, file: string): PromoteError | undefined {
  const { emptyRules } = report;
  if (failOnEmpty) {
    return configError(`boundary rule${emptyRules.length > 1 ? 's' : ''} ${emptyRules.map((n) => `'${n}'`).join(', ')} match no file (fail_on_empty_rule is set)`, {
      file,
      key: 'boundary_check.fail_on_empty_rule',
    });
  }
  if (report.findings.length > 0) {
    const first = report.findings[0]!;
    const n = report.findings.length;
    return new CheckFailed(`${n} write${n === 1 ? '' : 's'} into protected schemas or tables (first: ${first.kind} ${first.object} at ${first.file}:${first.line}, rule ${first.rule})`);
  }
  return undefined;
}

function pathsOption(written: string): PathMatcher {
  try {
    return compilePattern(written, { key: '--paths' });
  } catch (err) {
    throw usageError(`--paths: ${(err as Error).message}`, { key: '--paths' });
  }
}

/** With --paths, a rule may have matched nothing here and still cover files elsewhere. */
function coversNothing(root: string, rule: CompiledRule): boolean {
  return walkFiles({ root, starts: rule.include.map((m) => m.base), accept: rule.covers, skipped: new SkipCounter() }).length === 0;
}

/**
 * Rules from a separate file (the action's `rules-file` input, the CLI's rulesFile): the
 * `boundary_check` block of promotion.yml, alone, in YAML or JSON. The YAML parser and the
 * schema are loaded only for one.
 */
async function loadRulesFile(root: string, written: string): Promise<{ rules: BoundaryRule[]; baseline?: string; failOnEmptyRule: boolean }> {
  const [{ parseDocument }, { promotionConfigSchema }] = await Promise.all([import('yaml'), import('../config/schema.js')]);
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

interface BaselineEntry {
  file: string;
  rule?: string;
  kind?: string;
  object: string;
  reason: string;
  used: boolean;
}

interface Baseline {
  path: string;
  entries: BaselineEntry[];
}

/**
 * Accepted writes are reported, not failed; a marker without a reason, or a baseline entry that
 * matches nothing, is reported as a problem rather than silently ignored. The baseline:
 * `{"version": 1, "accepted": [{file, rule, kind, object, reason}]}` (or the bare
 * list). Lines are not part of a match, so edits elsewhere in a file do not un-accept a write.
 */
function loadBaseline(root: string, written: string, key: string): Baseline {
  const abs = path.resolve(root, written);
  const rel = path.relative(root, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw configError(`baseline '${written}' is outside the repository root`, { key });
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(abs, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw configError(`baseline ${code === 'ENOENT' ? 'not found' : `is not valid JSON: ${(err as Error).message}`}`, { file: written, key });
  }
  const list = Array.isArray(raw) ? raw : (raw as { accepted?: unknown } | null)?.accepted;
  if (!Array.isArray(list)) throw configError('baseline must be a list of accepted findings, or {"accepted": [...]}', { file: written, key });
  const entries = list.map((item, i): BaselineEntry => {
    const e = (item ?? {}) as Record<string, unknown>;
    const where = { file: written, key: `accepted.${i}` };
    for (const field of ['file', 'object', 'reason'] as const) {
      if (typeof e[field] !== 'string' || !(e[field] as string).trim()) throw configError(`accepted.${i}.${field} is required (a non-empty string)`, where);
    }
    return {
      file: (e.file as string).replace(/\\/g, '/').replace(/^\.\//, ''),
      rule: typeof e.rule === 'string' ? e.rule : undefined,
      kind: typeof e.kind === 'string' ? e.kind.toUpperCase() : undefined,
      object: normalizeObject(e.object as string),
      reason: (e.reason as string).trim(),
      used: false,
    };
  });
  return { path: rel.split(path.sep).join('/'), entries };
}

const normalizeObject = (o: string) => o.replace(/"/g, '').replace(/\s+/g, '').toLowerCase();

function baselineFor(baseline: Baseline | undefined, f: BoundaryFinding): BaselineEntry | undefined {
  if (!baseline) return undefined;
  const object = normalizeObject(f.object);
  return baseline.entries.find(
    (e) => e.file === f.file && e.object === object && (e.rule === undefined || e.rule === f.rule) && (e.kind === undefined || e.kind === f.kind.toUpperCase()),
  );
}

/** Splits findings into failing and accepted, marking the exceptions that were used. */
function applyExceptions(
  findings: readonly BoundaryFinding[],
  markersOf: (file: string) => Map<number, Marker>,
  baseline: Baseline | undefined,
  problems: string[],
): { failing: BoundaryFinding[]; accepted: AcceptedFinding[] } {
  const failing: BoundaryFinding[] = [];
  const accepted: AcceptedFinding[] = [];
  const reported = new Set<string>();
  for (const f of findings) {
    const marker = markerFor(markersOf(f.file), f.line);
    if (marker) {
      marker.used = true;
      if (marker.reason) {
        accepted.push({ ...f, reason: marker.reason, source: 'inline' });
        continue;
      }
      const id = `${f.file}:${marker.line}`;
      if (!reported.has(id)) problems.push(`${id}: '${MARKER_TEXT}' needs a reason after it; the finding stands`);
      reported.add(id);
    }
    const entry = baselineFor(baseline, f);
    if (entry) {
      entry.used = true;
      accepted.push({ ...f, reason: entry.reason, source: 'baseline' });
      continue;
    }
    failing.push(f);
  }
  return { failing, accepted };
}
