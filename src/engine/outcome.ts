import type { Command, Reports } from '../result.js';

/**
 * What a command's run hands back: its own report, or, when it failed after it had something
 * to say (the files applied before the one that failed, every lint finding), that report with
 * the reason. The engine puts either beside the envelope; a run that throws gets the command's
 * empty report.
 */
export type Outcome<C extends Command> = Reports[C] | Failed<Reports[C]>;

export class Failed<R> {
  constructor(
    readonly report: R,
    readonly error: unknown,
  ) {}
}

/** The report, failed by `error` when there is one (a check that found problems). */
export const endWith = <R>(report: R, error: unknown): R | Failed<R> => (error === undefined ? report : new Failed(report, error));

/**
 * Runs `work` filling `report` in as it goes: the report when it ends, the report so far with
 * the error when it throws (what was applied before a migration failed is still said).
 */
export async function reporting<R>(report: R, work: (report: R) => Promise<unknown>): Promise<R | Failed<R>> {
  try {
    await work(report);
    return report;
  } catch (err) {
    return new Failed(report, err);
  }
}
