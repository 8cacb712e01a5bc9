import type { SignOff } from './signoffs.js';
import type { BackupSummary } from '../backup/types.js';
import type { CheckResult, CheckStatus } from '../checks/types.js';
import { formatErrorLine } from '../errors/format.js';
import type { LatencyReport } from '../latency/types.js';
import { latencyFailed } from './latency-text.js';
import type { RampReport } from '../ramp/types.js';
import type { Command, AnyResult } from '../result.js';
import { prePromotionChecklist, successCriteria, type Criterion } from './success-criteria.js';
import { byCodeUnits } from '../code-unit-order.js';

/**
 * The promotion report as data: what the markdown shows and the JSON audit file holds. Built
 * from stage results (the `--json` output of each stage), without reading or writing files.
 */
export interface StageSummary {
  command: Command;
  /** user@host:port/database, never a password. */
  target?: string;
  database?: string;
  startedAt: string;
  durationMs: number;
  ok: boolean;
  outcome: 'pass' | 'fail' | 'warn';
  dryRun: boolean;
  executionId?: string;
  counts: AnyResult['counts'];
  checks?: Record<CheckStatus, number>;
  error?: string;
}

export interface PromotionReport {
  reportVersion: 1;
  /** The promotion's name (notifications.title). */
  title: string;
  generatedAt: string;
  ok: boolean;
  stages: StageSummary[];
  backup?: BackupSummary;
  /** The newest verification's checks, and the newest staging gate's. */
  checks: CheckResult[];
  prePromotion: Criterion[];
  successCriteria: Criterion[];
  /** Who signed off which gate, when the approvals stage's record was given to the report. */
  signOffs?: SignOff[];
  /** Every ramp stage given, in order: the gate series the report draws. */
  ramps?: RampReport[];
  /** The newest latency comparison (or baseline, when no comparison was given). */
  latency?: LatencyReport;
}

function tallyOf(checks: readonly CheckResult[]): Record<CheckStatus, number> {
  const tally: Record<CheckStatus, number> = { pass: 0, fail: 0, warn: 0, 'not-checked': 0 };
  for (const c of checks) tally[c.status]++;
  return tally;
}

export function stageSummary(result: AnyResult): StageSummary {
  const checks = result.checks && result.checks.length > 0 ? tallyOf(result.checks) : undefined;
  const outcome = !result.ok ? 'fail' : checks && checks.warn > 0 ? 'warn' : 'pass';
  const summary: StageSummary = {
    command: result.command,
    target: result.database?.target,
    database: result.database?.database,
    startedAt: result.startedAt,
    durationMs: result.durationMs,
    ok: result.ok,
    outcome,
    dryRun: result.dryRun ?? false,
    executionId: result.executionId,
    counts: result.counts,
  };
  if (checks) summary.checks = checks;
  if (result.error) summary.error = formatErrorLine(result.error);
  return summary;
}

const VERIFYING: ReadonlySet<Command> = new Set(['verify', 'report']);

/** What the project's config adds to a report: its name, and criteria only people can check. */
export interface ReportProject {
  title: string;
  criteria: readonly string[];
}

const NO_PROJECT: ReportProject = { title: 'Database promotion', criteria: [] };

export function buildReport(results: readonly AnyResult[], generatedAt = new Date(), project: ReportProject = NO_PROJECT): PromotionReport {
  const ordered = [...results].sort((a, b) => byCodeUnits(a.startedAt, b.startedAt));
  const lastWith = (pick: (r: AnyResult) => boolean) => [...ordered].reverse().find(pick);
  const verification = lastWith((r) => VERIFYING.has(r.command) && (r.checks?.length ?? 0) > 0);
  const gate = lastWith((r) => (r.checks ?? []).some((c) => c.id === 'staging.gate'));
  const checks = [
    ...(gate?.checks ?? []).filter((c) => c.id === 'staging.gate'),
    ...(verification?.checks ?? []).filter((c) => c.id !== 'staging.gate'),
  ];
  const backup = lastWith((r) => r.backup !== undefined)?.backup;
  const evidence = { checks, stages: ordered, backup, ownCriteria: project.criteria };
  const stages = ordered.map(stageSummary);
  const ramps = ordered.flatMap((r) => (r.ramp ? [r.ramp] : []));
  const latency = lastWith((r) => r.latency?.mode === 'compare')?.latency ?? lastWith((r) => r.latency !== undefined)?.latency;
  return {
    reportVersion: 1,
    title: project.title,
    generatedAt: generatedAt.toISOString(),
    ok: stages.every((s) => s.ok) && checks.every((c) => c.status !== 'fail'),
    stages,
    backup,
    checks,
    prePromotion: prePromotionChecklist(evidence),
    successCriteria: successCriteria(evidence).map((c) => (c.id === 'no-performance-degradation' ? performanceCriterion(c, latency) : c)),
    ...(ramps.length > 0 ? { ramps } : {}),
    ...(latency ? { latency } : {}),
  };
}

/** No performance degradation, answered by a latency comparison when one was given. */
function performanceCriterion(criterion: Criterion, latency: LatencyReport | undefined): Criterion {
  if (latency?.mode !== 'compare' || !latency.verdicts || latency.verdicts.length === 0) return criterion;
  const failed = latencyFailed(latency);
  const limit = latency.settings.maxIncreasePct;
  const named = (verdict: string) => latency.verdicts!.filter((v) => v.verdict === verdict).map((v) => `${v.name}${v.timing ? ` (${v.timing.ratio.toFixed(2)}x [${v.timing.low.toFixed(2)}, ${v.timing.high.toFixed(2)}])` : ''}`);
  const failing = latency.verdicts.filter((v) => v.verdict === 'fail' || v.verdict === 'not-measured').map((v) => `${v.name}: ${v.reason}`);
  const unsure = named('inconclusive');
  const evidence = failing.length > 0
    ? `slower than +${limit}% or not measured: ${failing.join('; ')}`
    : `${named('pass').length} of ${latency.verdicts.length} probes within +${limit}% (95% intervals)${unsure.length > 0 ? `; inconclusive: ${unsure.join(', ')}` : ''}`;
  return { ...criterion, status: failed ? 'fail' : unsure.length > 0 ? 'warn' : 'pass', evidence };
}
