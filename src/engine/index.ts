import type { PromotionConfig } from '../config/load.js';
import type { Session } from '../db/session.js';
import { exitCodeFor } from '../errors/exit-codes.js';
import { asPromoteError } from '../errors/promote-error.js';
import { errorInfo } from '../errors/error-info.js';
import type { Command, CommandResult, FilesReport, PromoteResult } from '../result.js';
import { commandSpec } from '../commands/index.js';
import type { EngineOptions } from './options.js';

export type { EngineOptions } from './options.js';
export type { EngineEvent, EventSink } from '../events.js';

/**
 * The engine's single entry point. It never throws: every outcome, including bad input and
 * lost connections, comes back as a PromoteResult with its exit code.
 */
export async function runEngine<C extends Command>(options: EngineOptions & { command: C }): Promise<CommandResult<C>> {
  const started = Date.now();
  const spec = commandSpec(options.command)!;
  // The shared envelope, then the command's own report (nothing of another command's).
  const result = {
    command: options.command,
    ok: false,
    exitCode: 0,
    startedAt: new Date(started).toISOString(),
    durationMs: 0,
    warnings: [],
    ...spec.report(options),
  } as PromoteResult;
  const emit = options.onEvent ?? (() => undefined);
  let session: Session | undefined;
  try {
    if (spec.config === 'none') {
      await spec.run({ options, result, emit } as never);
      return finish(result, started) as CommandResult<C>;
    }
    if (!spec.connects) {
      const { loadConfig } = await import('../config/load.js');
      let config: PromotionConfig | undefined;
      // Read when the command first asks: the GitHub commands mostly never do.
      const ctx = { options, result, emit, get config() { return (config ??= loadConfig({ root: options.root, configPath: options.configPath })); } };
      await spec.run(ctx);
      return finish(result, started) as CommandResult<C>;
    }
    const prepared = (await import('./prepare.js')).prepare(options);
    result.warnings.push(...prepared.warnings);
    for (const s of prepared.phases.flatMap((p) => p.skipped)) result.warnings.push(`${s.file}: skipped: ${s.why} (only files are migrations)`);
    // Maintenance windows are checked before connecting: a refused run touches nothing.
    const settings = await spec.resolve?.(prepared.config, options);
    const windowGate = prepared.config.maintenanceWindows.length > 0 ? await import('../windows/gate.js') : undefined;
    const window = windowGate?.checkWindow({ ...prepared, command: options.command, rules: spec.windows, dryRun: Boolean(options.dryRun) && spec.dryRun, outsideWindowReason: options.outsideWindowReason }, result);
    // The driver loads only for commands that connect: offline ones (boundary-check, lint) never need it.
    const { openSession } = await import('../db/session.js');
    session = await openSession(prepared.target, `pg-promote ${options.command}`);
    result.database = { target: prepared.target.display, database: prepared.target.database, serverVersion: session.serverVersion };
    emit({ type: 'connected', target: prepared.target.display, serverVersion: session.serverVersion });
    // restore's pg_restore --clean replaces the events table with the backup's: its override is written after it.
    const overrideAfter = options.command === 'restore';
    if (window?.overridden && !overrideAfter) await windowGate!.recordWindowOverride(session.client, prepared, result, window);
    try {
      await spec.run({ options, prepared, session, result, emit, settings });
    } finally {
      if (window?.overridden && overrideAfter && !session.lost()) {
        await windowGate!.recordWindowOverride(session.client, prepared, result, window).catch((err: Error) => {
          result.warnings.push(`the maintenance-window override could not be recorded: ${err.message}`);
        });
      }
    }
  } catch (err) {
    result.error = errorInfo(asPromoteError(err));
  } finally {
    await session?.close();
  }
  return finish(result, started) as CommandResult<C>;
}

function finish(result: PromoteResult, started: number): PromoteResult {
  for (const phase of 'phases' in result ? result.phases : []) {
    const counts = (result as FilesReport).counts;
    for (const file of phase.files) {
      if (file.status === 'applied') counts.applied++;
      else if (file.status === 'pending' || file.status === 'would-revert') counts.pending++;
      else if (file.status === 'failed') counts.failed++;
      else if (file.status === 'reverted') counts.reverted++;
    }
  }
  result.exitCode = exitCodeFor(result.error?.kind);
  result.ok = result.exitCode === 0;
  result.durationMs = Date.now() - started;
  return result;
}
