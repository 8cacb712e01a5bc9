import type { PromotionConfig } from '../config/load.js';
import type { Session } from '../db/session.js';
import { exitCodeFor } from '../errors/exit-codes.js';
import { asPromoteError } from '../errors/promote-error.js';
import { errorInfo } from '../errors/error-info.js';
import type { Command, CommandResult, Envelope, FilesReport, PromoteResult, Reports } from '../result.js';
import { commandSpec } from '../commands/index.js';
import type { EngineOptions } from './options.js';
import { Failed, type Outcome } from './outcome.js';

export type { EngineOptions } from './options.js';
export type { EngineEvent, EventSink } from '../events.js';

/**
 * The engine's single entry point. It never throws: every outcome, including bad input and
 * lost connections, comes back as a PromoteResult with its exit code.
 */
export async function runEngine<C extends Command>(options: EngineOptions & { command: C }): Promise<CommandResult<C>> {
  const started = Date.now();
  const spec = commandSpec(options.command)!;
  const envelope: Envelope = { command: options.command, ok: false, exitCode: 0, startedAt: new Date(started).toISOString(), durationMs: 0, warnings: [] };
  // The command's own report: the one its run returns, else its empty one.
  let report: Reports[Command] = spec.report(options);
  const took = (outcome: Outcome<Command>) => {
    if (outcome instanceof Failed) {
      report = outcome.report;
      envelope.error = errorInfo(asPromoteError(outcome.error));
    } else report = outcome;
  };
  const emit = options.onEvent ?? (() => undefined);
  let session: Session | undefined;
  try {
    if (spec.config === 'none') took(await spec.run({ options, envelope, emit }));
    else if (!spec.connects) {
      const { loadConfig } = await import('../config/load.js');
      let config: PromotionConfig | undefined;
      // Read when the command first asks: the GitHub commands mostly never do.
      const ctx = { options, envelope, emit, get config() { return (config ??= loadConfig({ root: options.root, configPath: options.configPath })); } };
      took(await spec.run(ctx));
    } else {
      const prepared = (await import('./prepare.js')).prepare(options);
      envelope.warnings.push(...prepared.warnings);
      for (const s of prepared.phases.flatMap((p) => p.skipped)) envelope.warnings.push(`${s.file}: skipped: ${s.why} (only files are migrations)`);
      // Maintenance windows are checked before connecting: a refused run touches nothing.
      const settings = await spec.resolve?.(prepared.config, options);
      const windowGate = prepared.config.maintenanceWindows.length > 0 ? await import('../windows/gate.js') : undefined;
      const window = windowGate?.checkWindow({ ...prepared, command: options.command, rules: spec.windows, dryRun: Boolean(options.dryRun) && spec.dryRun, outsideWindowReason: options.outsideWindowReason }, envelope);
      // The driver loads only for commands that connect: offline ones (boundary-check, lint) never need it.
      const { openSession } = await import('../db/session.js');
      session = await openSession(prepared.target, `pg-promote ${options.command}`);
      envelope.database = { target: prepared.target.display, database: prepared.target.database, serverVersion: session.serverVersion };
      emit({ type: 'connected', target: prepared.target.display, serverVersion: session.serverVersion });
      // restore's pg_restore --clean replaces the events table with the backup's: its override is written after it.
      const overrideAfter = options.command === 'restore';
      if (window?.overridden && !overrideAfter) await windowGate!.recordWindowOverride(session.client, prepared, envelope, window);
      try {
        took(await spec.run({ options, prepared, session, envelope, emit, settings }));
      } finally {
        if (window?.overridden && overrideAfter && !session.lost()) {
          await windowGate!.recordWindowOverride(session.client, prepared, envelope, window).catch((err: Error) => {
            envelope.warnings.push(`the maintenance-window override could not be recorded: ${err.message}`);
          });
        }
      }
    }
  } catch (err) {
    envelope.error = errorInfo(asPromoteError(err));
  } finally {
    await session?.close();
  }
  return finish({ ...envelope, ...report } as PromoteResult, started) as CommandResult<C>;
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
