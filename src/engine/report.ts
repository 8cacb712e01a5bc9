import { COMMANDS } from '../commands/index.js';
import path from 'node:path';
import { runChecks } from '../checks/runner.js';
import { CheckFailed } from '../errors/promote-error.js';
import type { AnyResult } from '../result.js';
import { writeAuditFiles } from '../report/audit-file.js';
import { renderReportMarkdown } from '../report/markdown.js';
import { buildReport } from '../report/report-model.js';
import { splitSignOffs } from '../report/signoffs.js';
import { readStageResults } from '../report/stage-results.js';
import type { CommandContext } from './context.js';
import { Failed, type Outcome } from './outcome.js';
import { byCodeUnits } from '../code-unit-order.js';

/**
 * The success criteria as a report: the earlier stages' results (--results), the
 * verification run live against this database, assembled into the dated audit file (markdown,
 * appended per run) and its JSON twin. Exit 1 when a stage or a check failed, after writing.
 */
export async function report(ctx: CommandContext<'report'>): Promise<Outcome<'report'>> {
  const started = Date.now();
  const { config, phases, target } = ctx.prepared;
  const { signOffs, stageFiles } = splitSignOffs(ctx.options.root, ctx.options.report?.results ?? []);
  const stages = readStageResults(ctx.options.root, stageFiles, COMMANDS);
  const checks = await runChecks(ctx.session.client, { config, phases, executionId: executionOf(stages, target.display) });
  const ok = checks.every((c) => c.status !== 'fail');
  // This stage is one of the report's stages: as its result will say, so far.
  const self: AnyResult = { ...ctx.envelope, checks, ok, exitCode: ok ? 0 : 1, durationMs: Date.now() - started };
  const model = { ...buildReport([...stages, self], new Date(), { title: config.notifications.title, criteria: config.reportCriteria }), signOffs };
  const written = writeAuditFiles(ctx.settings.auditDir, model, renderReportMarkdown(model));
  const files = { markdownPath: shown(ctx.options.root, written.markdownPath), jsonPath: shown(ctx.options.root, written.jsonPath) };
  if (model.ok) return { report: files, checks };
  // The report's own stage fails only through its checks, which are named below.
  const failedStages = model.stages.filter((s) => !s.ok && s.command !== 'report').map((s) => s.command);
  const failedChecks = model.checks.filter((c) => c.status === 'fail').map((c) => `${c.id}${c.phase ? ` (${c.phase})` : ''}`);
  const what = [
    failedStages.length > 0 ? `stage${failedStages.length === 1 ? '' : 's'} failed: ${failedStages.join(', ')}` : '',
    failedChecks.length > 0 ? `check${failedChecks.length === 1 ? '' : 's'} failed: ${failedChecks.join(', ')}` : '',
  ].filter(Boolean).join('; ');
  return new Failed({ report: files, checks }, new CheckFailed(`the promotion did not pass (${what}); the report is in ${files.markdownPath}`, { file: files.markdownPath }));
}

/** The audit trail to check is that of the newest real migrate (or down) of this database. */
function executionOf(stages: readonly AnyResult[], target: string): string | undefined {
  const runs = stages
    .filter((s) => (s.command === 'migrate' || s.command === 'down') && !s.dryRun && s.executionId && s.database?.target === target)
    .sort((a, b) => byCodeUnits(a.startedAt, b.startedAt));
  return runs[runs.length - 1]?.executionId;
}

/** Repository-relative when inside the root (what a person types), absolute otherwise. */
function shown(root: string, file: string): string {
  const rel = path.relative(root, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}
