import type { AnyResult } from '../result.js';
import type { ReviewFinding, ReviewReport, ReviewStep } from '../review/types.js';
import { lintLines, lintMarkdown } from './lint-text.js';
import { plural } from './plural.js';

const short = (commit: string) => commit.slice(0, 12);
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const ICON: Record<ReviewStep['status'], string> = { ok: '✓', failed: '✗', skipped: '-' };
const MD_ICON: Record<ReviewStep['status'], string> = { ok: '✅', failed: '❌', skipped: '⏭️' };

/** The one line a pull request without database changes gets (summary and log alike). */
export function nothingToReviewLine(review: ReviewReport): string {
  return `review: nothing to review: no migration, DOWN, view, policy or config file differs from ${review.base.ref} (${short(review.base.commit)})`;
}

function errorsOf(review: ReviewReport): ReviewFinding[] {
  return review.findings.filter((f) => f.severity === 'error');
}

/** A review stopped by an error (no server to review on, say) has not passed, findings or not. */
const stopped = (result: AnyResult): boolean => !result.ok && errorsOf(result.review!).length === 0;

function headline(result: AnyResult): string {
  const review = result.review!;
  const errors = errorsOf(review).length;
  const verdict = stopped(result) ? 'stopped before it finished' : errors === 0 ? 'passed' : `${plural(errors, 'problem')} found`;
  return `review of ${review.head.ref}${review.head.commit ? ` (${short(review.head.commit)})` : ''} against ${review.base.ref} (${short(review.base.commit)}): ${verdict}`;
}

const where = (f: ReviewFinding) => (f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : f.phase ? `phase ${f.phase}` : '');

/** Summary lines for the CLI and the action's log. */
export function reviewLines(result: AnyResult): string[] {
  const review = result.review;
  if (!review) return [];
  if (review.nothingToReview) return [nothingToReviewLine(review)];
  const lines = [headline(result)];
  lines.push(`  ${plural(review.changes.length, 'changed file')}, ${plural(review.newMigrations.length, 'new migration')}${review.database ? `, on ${review.database}` : ''}`);
  for (const m of review.newMigrations) lines.push(`  new: ${m.file}${m.down ? `  (DOWN ${m.down})` : '  (no DOWN file)'}`);
  for (const s of review.steps) {
    lines.push(`  ${ICON[s.status]} ${s.title.padEnd(34)} ${s.status === 'skipped' ? '' : `${s.durationMs} ms  `}${s.detail}`);
  }
  for (const f of review.findings) {
    lines.push(`  ${f.severity.padEnd(5)} ${where(f) ? `${where(f)}: ` : ''}${f.rule}: ${f.message}`);
    if (f.fix) lines.push(`        fix: ${f.fix}`);
  }
  if (review.lint) lines.push(...lintLines({ ...result, lint: review.lint }));
  return lines;
}

/**
 * The review as markdown: the job summary's section and, with a hidden marker added by the
 * commenter, the pull request's comment. Same text in both places, so they never disagree.
 */
export function reviewMarkdown(result: AnyResult): string[] {
  const review = result.review;
  if (!review) return [];
  if (review.nothingToReview) return [nothingToReviewLine(review).replace(/^review: /, '**pg-promote review**: ')];
  const errors = errorsOf(review);
  const out: string[] = [];
  out.push(`### pg-promote review: ${stopped(result) ? '❌ stopped before it finished' : errors.length === 0 ? '✅ passed' : `❌ ${plural(errors.length, 'problem')}`}`);
  out.push('');
  out.push(
    `Base \`${cell(review.base.ref)}\` (\`${short(review.base.commit)}\`) · head ${review.head.commit ? `\`${cell(review.head.ref)}\` (\`${short(review.head.commit)}\`)` : cell(review.head.ref)}` +
      `${review.database ? ` · applied on ${cell(review.database)}` : ''}`,
  );
  out.push('', '#### Plan', '');
  if (review.newMigrations.length === 0) out.push('No new migration.');
  else {
    out.push('| phase | version | migration | DOWN |', '| --- | --- | --- | --- |');
    for (const m of review.newMigrations) out.push(`| ${m.phase} | ${m.version} | \`${cell(m.file)}\` | ${m.down ? `\`${cell(m.down)}\`` : '**missing**'} |`);
  }
  out.push('', `<details><summary>${plural(review.changes.length, 'changed file')}</summary>`, '');
  for (const c of review.changes) out.push(`- ${c.change} ${c.kind}: \`${cell(c.file)}\``);
  out.push('', '</details>');
  if (review.steps.length > 0) {
    out.push('', '#### Steps', '', '| | step | time | result |', '| --- | --- | --- | --- |');
    for (const s of review.steps) {
      out.push(`| ${MD_ICON[s.status]} | ${s.title} | ${s.status === 'skipped' ? '' : `${s.durationMs} ms`} | ${cell(s.detail)} |`);
    }
  }
  if (review.findings.length > 0) {
    out.push('', '#### Findings', '', '| severity | where | rule | finding | fix |', '| --- | --- | --- | --- | --- |');
    for (const f of review.findings) {
      out.push(`| ${f.severity} | ${where(f) ? `\`${cell(where(f))}\`` : ''} | ${f.rule} | ${cell(f.message)} | ${cell(f.fix ?? '')} |`);
    }
  }
  if (review.lint) out.push('', lintMarkdown(review.lint).replace(/^### /, '#### '));
  return [out.join('\n')];
}
