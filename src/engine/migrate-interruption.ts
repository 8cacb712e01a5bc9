import { MigrationFailed } from '../errors/promote-error.js';
import { openSession, type Session } from '../db/session.js';
import type { EngineEvent } from '../events.js';
import type { FilesReport } from '../result.js';
import type { CommandContext } from './context.js';

const CANCEL_SQL = 'SELECT pg_cancel_backend($1)';

/**
 * Ctrl-C or a cancelled CI job (SIGINT, SIGTERM) during migrate: the file running is cancelled
 * (the server rolls it back), no further file
 * starts, and the run ends as a failed one does, saying what was applied and what was not.
 * Without this the process died with no word of where it stopped. A second signal exits at
 * once; the server still rolls back the file that was running.
 */
export class MigrateInterruption {
  by?: NodeJS.Signals;
  private side?: Promise<Session | undefined>;
  private readonly onSignal = (signal: NodeJS.Signals) => {
    if (this.by) {
      process.stderr.write(`pg-promote: ${signal} again: exiting now; the server rolls back the file that was running\n`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    this.by = signal;
    this.ctx.emit({ type: 'progress', stage: 'migrate', message: `${signal}: stopping; the file running is cancelled and rolled back, no further file starts` });
    this.cancel();
  };

  constructor(
    private readonly ctx: CommandContext<'migrate'>,
    private readonly report: FilesReport,
  ) {
    process.on('SIGINT', this.onSignal);
    process.on('SIGTERM', this.onSignal);
  }

  /** Events pass through; once interrupted, a file that starts anyway (the cancel came between files) is cancelled too. */
  watch(emit: (event: EngineEvent) => void): (event: EngineEvent) => void {
    return (event) => {
      emit(event);
      if (this.by && event.type === 'file-start') this.cancel();
    };
  }

  /** Throws the interruption, if there was one, in place of whatever the cancel made fail. */
  check(err?: unknown): void {
    if (!this.by) {
      if (err !== undefined) throw err;
      return;
    }
    const files = this.report.phases.flatMap((p) => p.files);
    const applied = files.filter((f) => f.status === 'applied').map((f) => f.file);
    const notApplied = files.filter((f) => f.status === 'pending' || f.status === 'failed').map((f) => f.file);
    const list = (names: string[]) => (names.length === 0 ? 'none' : names.join(', '));
    throw new MigrationFailed(`interrupted by ${this.by}: applied in this run: ${list(applied)}; not applied: ${list(notApplied)} (a file that was running was rolled back; a re-run resumes there)`,
    );
  }

  async dispose(): Promise<void> {
    process.off('SIGINT', this.onSignal);
    process.off('SIGTERM', this.onSignal);
    const side = await this.side;
    await side?.close();
  }

  private cancel(): void {
    // pg keeps the backend key it was given at startup; the typings do not declare it.
    const pid = (this.ctx.session.client as unknown as { processID?: number }).processID;
    if (!pid) return;
    this.side ??= openSession(this.ctx.prepared.target, 'pg-promote migrate (cancel)').catch(() => undefined);
    void this.side.then((s) => s?.client.query(CANCEL_SQL, [pid]).catch(() => undefined));
  }
}
