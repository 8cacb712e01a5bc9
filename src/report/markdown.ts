import type { SignOff } from './signoffs.js';
import type { BackupSummary } from '../backup/types.js';
import type { CheckResult, CheckStatus } from '../checks/types.js';
import type { AnyResult } from '../result.js';
import { latencySection } from './latency-text.js';
import { stageLabel, stagesDiagram } from './mermaid.js';
import { rampSection } from './ramp-text.js';
import { buildReport, type PromotionReport, type StageSummary } from './report-model.js';
import type { Criterion, CriterionStatus } from './success-criteria.js';
import { formatBytes } from './bytes.js';

/**
 * The promotion report as GitHub-flavoured markdown: one section per run, so a day's audit
 * file can hold several and the action can put the same text in its job summary.
 */
const ICON: Record<CheckStatus, string> = { pass: '✅', fail: '❌', warn: '⚠️', 'not-checked': '⚪' };
const WORD: Record<CheckStatus, string> = { pass: 'pass', fail: 'fail', warn: 'warning', 'not-checked': 'not checked' };
const CRITERION_ICON: Record<CriterionStatus, string> = { ...ICON, 'not-applicable': '➖' };

/** Findings listed per check; the JSON file has all of them. */
const MAX_FINDINGS = 50;

/** Free text: no HTML, no line breaks that would end a list item or a table row. */
function text(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}

function cell(s: string): string {
  return text(s).replace(/\|/g, '\\|');
}

function code(s: string): string {
  const clean = s.replace(/\r?\n/g, ' ');
  return clean.includes('`') ? `\`\` ${clean} \`\`` : `\`${clean}\``;
}

function duration(ms: number): string {
  if (ms >= 60_000) return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}


const utc = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC').replace(/Z$/, ' UTC');

function headline(report: PromotionReport): string {
  const failedStages = report.stages.filter((s) => !s.ok).length;
  const failedChecks = report.checks.filter((c) => c.status === 'fail').length;
  const warnings = report.checks.filter((c) => c.status === 'warn').length;
  const parts = [
    `${report.stages.length} stage${report.stages.length === 1 ? '' : 's'}${failedStages > 0 ? ` (${failedStages} failed)` : ''}`,
    `${report.checks.length} check${report.checks.length === 1 ? '' : 's'}${failedChecks > 0 ? ` (${failedChecks} failed)` : ''}${warnings > 0 ? `, ${warnings} with warnings` : ''}`,
  ];
  return `**${report.ok ? '✅ Passed' : '❌ Failed'}**: ${parts.join(', ')}.`;
}

function criteriaList(criteria: readonly Criterion[]): string[] {
  return criteria.map((c) => {
    const evidence = c.status === 'not-checked' ? `not checked: ${c.evidence}` : c.status === 'not-applicable' ? `not applicable: ${c.evidence}` : c.evidence;
    return `- [${c.status === 'pass' ? 'x' : ' '}] ${CRITERION_ICON[c.status]} **${text(c.text)}**: ${text(evidence)}`;
  });
}

function stagesTable(stages: readonly StageSummary[]): string[] {
  const rows = stages.map((s, i) => {
    const result = s.outcome === 'fail' ? `❌ failed${s.error ? `: ${cell(s.error)}` : ''}` : s.outcome === 'warn' ? '⚠️ ok, with warnings' : '✅ ok';
    const work = s.command === 'migrate' && !s.dryRun ? ` (${s.counts?.applied ?? 0} applied)` : s.command === 'down' && !s.dryRun ? ` (${s.counts?.reverted ?? 0} reverted)` : '';
    return `| ${i + 1} | ${cell(stageLabel(s))}${work} | ${s.target ? code(s.target) : ''} | ${utc(s.startedAt)} | ${duration(s.durationMs)} | ${result} |`;
  });
  return ['| # | stage | database | started | duration | result |', '|---:|---|---|---|---:|---|', ...rows];
}

export function backupTable(b: BackupSummary): string[] {
  const toc = `${b.toc.tables} tables, ${b.toc.views} views, ${b.toc.policies} policies (${b.toc.entries} entries)`;
  const rows: Array<[string, string]> = [
    ['Backup', `${code(b.path)} (${b.format} format, ${formatBytes(b.sizeBytes)}${b.encrypted ? ', encrypted' : ''})`],
    ['SHA-256', code(b.sha256)],
    ['Taken', `${utc(b.takenAt)}${b.walLsn ? `, WAL position ${code(b.walLsn)}` : ''}`],
    ['Verified', `${b.verification === 'restore' ? 'by restoring it into a scratch database' : 'by listing its table of contents'}: ${toc}`],
    ['Point-in-time recovery', `${ICON[b.pitr.status === 'ready' ? 'pass' : b.pitr.status === 'error' ? 'fail' : b.pitr.status === 'warning' ? 'warn' : 'not-checked']} ${cell(b.pitr.message)}`],
    ['Manifest', code(b.manifestPath)],
    ['Took', duration(b.durationMs)],
  ];
  return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
}

function signOffTable(signOffs: readonly SignOff[]): string[] {
  return [
    '| gate environment | reviewer | state | comment |',
    '| --- | --- | --- | --- |',
    ...signOffs.map((s) => `| ${cell(s.environment)} | ${cell(s.reviewer)} | ${cell(s.state)} | ${cell(s.comment)} |`),
    '',
    `Recorded ${utc(signOffs[0]!.recordedAt)}; GitHub gives no time per review, so each was given at or before then.`,
  ];
}

export function checksSection(checks: readonly CheckResult[]): string[] {
  if (checks.length === 0) return ['No verification ran.'];
  const lines = [
    '| check | phase | result | summary |',
    '|---|---|---|---|',
    ...checks.map((c) => `| ${code(c.id)} | ${c.phase ?? ''} | ${ICON[c.status]} ${WORD[c.status]} | ${cell(c.summary)} |`),
  ];
  for (const c of checks.filter((x) => (x.status === 'fail' || x.status === 'warn') && x.findings.length > 0)) {
    lines.push('', `#### ${ICON[c.status]} ${c.id}${c.phase ? ` (${c.phase})` : ''}`, '');
    for (const f of c.findings.slice(0, MAX_FINDINGS)) {
      const level = c.status === 'fail' && f.level === 'warn' ? ' _(warning)_' : '';
      lines.push(`- ${code(f.object)}: ${text(f.reason)}${level}`);
    }
    if (c.findings.length > MAX_FINDINGS) lines.push(`- … and ${c.findings.length - MAX_FINDINGS} more (in the JSON report)`);
  }
  return lines;
}

export function renderReportMarkdown(report: PromotionReport): string {
  const target = [...report.stages].reverse().find((s) => s.target)?.target;
  const lines = [
    `## ${text(report.title)}: ${utc(report.generatedAt)}`,
    '',
    `${headline(report)}${target ? ` Database ${code(target)}.` : ''}`,
    '',
    stagesDiagram(report.stages),
    '',
    '### Success criteria',
    '',
    ...criteriaList(report.successCriteria),
    '',
    '### Pre-promotion checklist',
    '',
    ...criteriaList(report.prePromotion),
    '',
    '### Stages',
    '',
    ...stagesTable(report.stages),
    '',
  ];
  if (report.signOffs?.length) lines.push('### Sign-offs', '', ...signOffTable(report.signOffs), '');
  if (report.backup) lines.push('### Backup', '', ...backupTable(report.backup), '');
  lines.push('### Verification', '', ...checksSection(report.checks), '');
  if (report.ramps?.length) lines.push('### Feature-flag ramp', '', ...report.ramps.flatMap((r) => [rampSection(r, '####'), '']));
  if (report.latency) lines.push(latencySection(report.latency, '###'), '');
  return lines.join('\n');
}

/** For adapters (the action's job summary): stage results in, markdown out, no files touched. */
export function resultsToMarkdown(results: readonly AnyResult[], generatedAt = new Date()): string {
  return renderReportMarkdown(buildReport(results, generatedAt));
}
