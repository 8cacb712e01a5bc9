import type { LintReport } from './types.js';

/**
 * Lint findings as file annotations, in the shape src/action/annotations.ts emits (structurally
 * its Annotation type; the engine does not import the action). Errors come before warnings and
 * after the run's own error (priority 0) and drift (1); info findings stay in the summary.
 */
export interface LintAnnotation {
  level: 'error' | 'warning';
  message: string;
  file: string;
  line: number;
  column: number;
  priority: number;
}

export function lintAnnotations(report: LintReport | undefined): LintAnnotation[] {
  if (!report) return [];
  return report.findings.flatMap((f) =>
    f.severity === 'info'
      ? []
      : [{
          level: f.severity,
          message: `${f.rule}: ${f.message}\nfix: ${f.fix}`,
          file: f.file,
          line: f.line,
          column: f.column,
          priority: f.severity === 'error' ? 2 : 3,
        }],
  );
}
