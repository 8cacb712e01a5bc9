/** One probe's timings: milliseconds, client-side (what an application waits for, round trip included). */
export interface ProbeTiming {
  name: string;
  sql: string;
  samples: number;
  warmup: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

/** A statement from pg_stat_statements: cumulative since the statistics were last reset. */
export interface StatementStat {
  queryid: string;
  /** Normalised text (constants are $n), cut short. */
  query: string;
  calls: number;
  totalMs: number;
  meanMs: number;
}

export interface StatementsSnapshot {
  available: boolean;
  /** Why not, when not available. */
  reason?: string;
  top: StatementStat[];
  /** When the counters were last reset (pg_stat_statements_info, PostgreSQL 14+). */
  statsReset?: string;
}

/** What --baseline writes: no URL, no password, only the target's display form. */
export interface LatencyBaseline {
  latencyBaseline: 1;
  createdBy: string;
  takenAt: string;
  target: string;
  serverVersion: string;
  probes: ProbeTiming[];
  statements: StatementsSnapshot;
}

export interface ProbeComparison {
  name: string;
  before?: ProbeTiming;
  after?: ProbeTiming;
  /** p95 change in percent (after vs before). */
  p95ChangePct?: number;
  status: 'ok' | 'slower' | 'within-noise' | 'new' | 'missing';
}

export interface StatementComparison {
  queryid: string;
  query: string;
  /** Mean before the baseline (cumulative at baseline time). */
  meanBeforeMs: number;
  /** Mean of the calls made since the baseline; undefined when none. */
  meanSinceMs?: number;
  callsSince: number;
  changePct?: number;
}

export interface LatencyReport {
  mode: 'baseline' | 'compare';
  /** The baseline file written or read (as given). */
  file: string;
  probes: ProbeTiming[];
  maxP95IncreasePct: number;
  noiseFloorMs: number;
  comparisons?: ProbeComparison[];
  baselineTakenAt?: string;
  statements: { available: boolean; reason?: string; compared?: StatementComparison[] };
}
