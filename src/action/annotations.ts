import * as core from '@actions/core';
import path from 'node:path';
import { formatErrorLine } from '../errors/format.js';
import { lintAnnotations } from '../lint/annotations.js';
import type { AnyResult } from '../result.js';

/** GitHub shows at most this many error and this many warning annotations per step. */
export const ANNOTATION_LIMIT = 10;

export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** Lower is shown first when there are more than the limit. */
  priority: number;
}

/** What a result says that belongs on a file in the pull request or run view. */
export function annotationsOf(result: AnyResult): Annotation[] {
  const out: Annotation[] = [];
  // A gates or sign-offs failure is said environment by environment below; its summary would repeat them.
  const perEnvironment = [...(result.gates ?? []), ...(result.signoffs ?? [])].some((g) => g.problem);
  if (result.error && !perEnvironment) {
    const e = result.error;
    // The annotation carries the file itself; without one, the input or key is what names the place.
    const key = e.file || (e.key && e.message.includes(e.key)) ? undefined : e.key;
    out.push({ level: 'error', message: formatErrorLine({ ...e, file: undefined, key }), file: e.file, line: e.line, column: e.column, priority: 0 });
  }
  for (const d of result.drift ?? []) {
    out.push({ level: 'error', message: `drift: ${d.message}`, file: d.file, line: 1, priority: 1 });
  }
  for (const check of result.checks ?? []) {
    if (check.status === 'fail') out.push({ level: 'error', message: `${check.id}: ${check.summary}`, priority: 2 });
    if (check.status === 'warn') out.push({ level: 'warning', message: `${check.id}: ${check.summary}`, priority: 3 });
  }
  const lint = lintAnnotations(result.lint);
  // A failed lint's error points at its first finding, which is annotated with its rule and fix.
  const first = out[0];
  if (first?.priority === 0 && first.file && lint.some((l) => l.level === 'error' && l.file === first.file && l.line === first.line)) out.shift();
  out.push(...lint);
  // The GitHub commands: one error per environment that cannot hold (or did not get) its sign-off.
  for (const gate of result.gates ?? []) {
    if (gate.problem) out.push({ level: 'error', message: gate.problem, priority: 2 });
    for (const warning of gate.warnings) out.push({ level: 'warning', message: warning, priority: 3 });
  }
  for (const s of result.signoffs ?? []) if (s.problem) out.push({ level: 'error', message: s.problem, priority: 2 });
  for (const warning of result.warnings) out.push({ level: 'warning', message: warning, priority: 4 });
  return out;
}

/**
 * The engine names files relative to working-directory; GitHub attaches an annotation to a file
 * only by its path from the repository root.
 */
export function fromRepositoryRoot(annotations: readonly Annotation[], workingDirectory: string, workspace: string): Annotation[] {
  return annotations.map((a) => {
    if (!a.file) return a;
    const relative = path.relative(workspace, path.resolve(workingDirectory, a.file));
    if (relative.startsWith('..') || path.isAbsolute(relative)) return a;
    return { ...a, file: relative.split(path.sep).join('/') };
  });
}

/**
 * Emits the most important annotations within GitHub's per-step limits and returns how many of
 * each level were left out, for the summary to say so.
 */
export function emitAnnotations(annotations: readonly Annotation[]): { omittedErrors: number; omittedWarnings: number } {
  const { shown, omittedErrors, omittedWarnings } = selectAnnotations(annotations);
  for (const a of shown) {
    const props: core.AnnotationProperties = a.file
      ? { title: 'pg-promote', file: a.file, startLine: a.line, startColumn: a.line === undefined ? undefined : a.column }
      : { title: 'pg-promote' };
    (a.level === 'error' ? core.error : core.warning)(a.message, props);
  }
  return { omittedErrors, omittedWarnings };
}

export function selectAnnotations(annotations: readonly Annotation[]): { shown: Annotation[]; omittedErrors: number; omittedWarnings: number } {
  const sorted = [...annotations].sort((a, b) => a.priority - b.priority);
  const count = { error: 0, warning: 0 };
  const shown = sorted.filter((a) => ++count[a.level] <= ANNOTATION_LIMIT);
  return { shown, omittedErrors: Math.max(0, count.error - ANNOTATION_LIMIT), omittedWarnings: Math.max(0, count.warning - ANNOTATION_LIMIT) };
}
