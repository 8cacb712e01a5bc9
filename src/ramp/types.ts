/** One gate's answer at one evaluation. */
export interface GateReading {
  name: string;
  /**
   * ok: within its threshold; breach: outside it; pending: no rows yet (fails only if still
   * none when the window ends); no-rows: none at the end; error: the query failed.
   */
  status: 'ok' | 'breach' | 'pending' | 'no-rows' | 'error';
  /** The worst row's value (highest against max, lowest against min). */
  value?: number;
  rows?: number;
  /** The worst row's other columns, as the query named them. */
  detail?: Record<string, string | number | null>;
  error?: string;
}

/** All gates at one moment of the window. */
export interface RampReading {
  /** Since the flag moved. */
  elapsedMs: number;
  at: string;
  gates: GateReading[];
}

export interface RampGateSummary {
  name: string;
  description?: string;
  max?: number;
  min?: number;
}

/** What `ramp` did: the move, the watch, and how it ended. */
export interface RampReport {
  flag: string;
  from: number;
  to: number;
  forced: boolean;
  /** An unfinished step watched again (`ramp --resume`), not a new move. */
  resumed?: boolean;
  windowMs: number;
  intervalMs: number;
  /** When the flag moved (the database's clock): the gates' $1. */
  movedAt: string;
  gates: RampGateSummary[];
  readings: RampReading[];
  /** passed: the window ended healthy; reverted: set back to `from`; revert-skipped: someone else changed it meanwhile. */
  outcome: 'passed' | 'reverted' | 'revert-skipped';
  /** The flag's percentage when ramp finished. */
  finalPercentage: number;
  /** Why it was reverted (or why the revert was skipped). */
  reason?: string;
}
