import { configError, usageError, MigrationFailed } from '../errors/promote-error.js';
import type { MigrationFile } from '../migrate/source.js';
import { applyInOrder } from '../migrate/applier.js';
import { compareVersions } from '../migrate/versions.js';
import { locateVersion, versionRange } from '../migrate/version-target.js';
import { emptyRunReport, type FileResult, type Reports } from '../result.js';
import type { CommandContext } from './context.js';
import { reporting, type Outcome } from './outcome.js';
import { driftError, planAll } from './history-plans.js';
import { ensureHistoryTable, runContext, withMigrationLock } from './session-setup.js';

/**
 * Reverts one phase to --to: the DOWN file of every applied version above it, newest first,
 * each in its own transaction with its history update. Every needed DOWN file must exist
 * before the first one runs, so a rollback never stops half-way for want of a file.
 */
export async function down(ctx: CommandContext<'down'>): Promise<Outcome<'down'>> {
  const { to, all, versions } = ctx.options;
  if (to === undefined && !all && !versions) throw usageError('down needs --to VERSION (that version stays applied) or --all (every applied version of the phase, the lowest included)', { key: '--to' });
  if (ctx.prepared.phases.length !== 1) {
    throw usageError(
      `down works on one phase at a time; name it with --phase (configured: ${ctx.prepared.config.phases.map((p) => p.name).join(', ')})`,
      { key: '--phase' },
    );
  }
  const { phase, migrations } = ctx.prepared.phases[0]!;
  // In the layout's own order (a date, a Sqitch change), checked before the database is touched.
  const target = all || versions ? undefined : locateVersion(migrations, to!);
  if (!all && !versions && !target) {
    throw usageError(`--to '${to}' is not a version of phase '${phase.name}' (${versionRange(migrations)})`, { key: '--to', phase: phase.name, version: to });
  }
  // --all reverts v0 too: nothing sorts below every version, so "above" cannot say it.
  const above = (f: MigrationFile) => (versions ? versions.includes(f.version.text) : target === undefined || compareVersions(f.version.parts, target.parts) > 0);
  const report: Reports['down'] = emptyRunReport(ctx.options);
  const work = async () => {
    const { plans } = await planAll(ctx, report);
    const drift = driftError(report, true);
    if (drift) throw drift;
    const plan = plans[0]!;
    const files = plan.files;
    const revert = [...plan.upToDate]
      .filter(above)
      .sort((a, b) => compareVersions(b.version.parts, a.version.parts));
    const downs = files.downs ?? new Map<string, MigrationFile>();
    const missing = revert.filter((f) => !downs.has(f.version.text));
    if (missing.length > 0) {
      throw configError(
        `no DOWN file for version${missing.length > 1 ? 's' : ''} ${missing.map((f) => f.version.text).join(', ')} in ${files.phase.down?.rel ?? files.phase.migrations.rel}; nothing was reverted`,
        { file: files.phase.down?.rel, phase: files.phase.name },
      );
    }
    const phaseResult = report.phases[0]!;
    const planned: FileResult[] = revert.map((f) => {
      const d = downs.get(f.version.text)!;
      return {
        phase: files.phase.name, kind: 'down', version: f.version.text, file: d.path.rel, checksum: d.checksum,
        status: 'would-revert', transactional: d.transactional,
      };
    });
    phaseResult.files = planned;
    if (ctx.options.dryRun) return;
    const run = await runContext(ctx);
    const items = revert.map((f) => ({ phase: files.phase.name, kind: 'down' as const, version: f.version.text, file: downs.get(f.version.text)! }));
    let i = 0;
    for await (const outcome of applyInOrder(run, items)) {
      phaseResult.currentVersion = outcome.version;
      phaseResult.files[i++] = outcome.status === 'applied' ? { ...outcome, status: 'reverted' } : outcome;
      if (outcome.status === 'failed') {
        throw new MigrationFailed(outcome.error!.message, { ...outcome.error!, phase: files.phase.name, version: outcome.version });
      }
    }
    const remaining = plan.upToDate.filter((f) => !above(f));
    phaseResult.currentVersion = remaining.at(-1)?.version.text;
  };
  return reporting(report, () =>
    ctx.options.dryRun
      ? work()
      : withMigrationLock(ctx, async () => {
          await ensureHistoryTable(ctx, ['SELECT', 'INSERT', 'UPDATE']);
          await work();
        }),
  );
}
