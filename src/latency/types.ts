/** Which time a probe is judged on: the client's round trip, or the server's execution time. */
export type Metric = 'client' | 'server';

/** What EXPLAIN (ANALYZE, BUFFERS) showed for a probe: deterministic, unlike its timings. */
export interface PlanEvidence {
  /** Node types, joins, relations and indexes, nested; no costs or row counts. */
  shape: string;
  /** Shared blocks hit plus read by the whole plan. */
  sharedBlocks: number;
  /** pg_stat_statements' id of the probe (PostgreSQL 14+ with compute_query_id). */
  queryId?: string;
}

/** One probe (or control) measured over the runs of one side. */
export interface ProbeRuns {
  name: string;
  sql: string;
  /** Per run, the trimmed geometric mean of the client times (ms): send to last row received. */
  clientMs: number[];
  /** Per run, the same of the server's execution time (EXPLAIN ANALYZE, timing off). */
  serverMs: number[];
  plan?: PlanEvidence;
  /** Why it could not be measured: not read-only, failed, timed out. */
  error?: string;
}

/** The runs of one side (baseline or compare). */
export interface SideRuns {
  runs: number;
  samples: number;
  spanMs: number;
  probes: ProbeRuns[];
  /** SELECT 1 (round trip) and a fixed CPU-bound query, measured in the same runs as the probes. */
  controls: ProbeRuns[];
}

/** A statement from pg_stat_statements, per window (one window per run). */
export interface StatementWindows {
  queryid: string;
  /** Normalised text (constants are $n), cut short. */
  query: string;
  calls: number[];
  totalMs: number[];
}

export interface StatementsSide {
  available: boolean;
  /** Why not, when not available. */
  reason?: string;
  statements: StatementWindows[];
}

/** What --baseline writes: no URL, no password, only the target's display form. */
export interface LatencyBaseline {
  latencyBaseline: 2;
  createdBy: string;
  takenAt: string;
  target: string;
  serverVersion: string;
  side: SideRuns;
  statements: StatementsSide;
}

export type Verdict = 'pass' | 'fail' | 'inconclusive' | 'not-measured' | 'not-compared';

/** after/before as a ratio with its 95% interval. */
export interface RatioInterval {
  beforeMs: number;
  afterMs: number;
  ratio: number;
  low: number;
  high: number;
}

export interface ProbeVerdict {
  name: string;
  /** The judged time: the server's execution time, less a machine-wide change the control saw. */
  timing?: RatioInterval;
  /** The client's time (round trip included), shown beside it, not judged. */
  client?: RatioInterval;
  /** Holm-adjusted one-sided p-value of "grew by more than the threshold". */
  pAdjusted?: number;
  /** ± half-width of the interval in percent. */
  noisePct?: number;
  /** Runs per side that would resolve an inconclusive verdict (undefined: none would). */
  runsToResolve?: number;
  plan?: { before?: PlanEvidence; after?: PlanEvidence; shapeChanged: boolean; blocksGrew: boolean };
  verdict: Verdict;
  /** Why, in one line. */
  reason: string;
}

export interface StatementVerdict {
  queryid: string;
  query: string;
  callsBefore: number;
  callsAfter: number;
  timing?: RatioInterval;
  noisePct?: number;
  verdict: Verdict;
  reason: string;
}

export interface ControlComparison {
  name: string;
  /** SELECT 1 is timed on the client (the round trip), the CPU-bound query on the server. */
  metric: Metric;
  timing: RatioInterval;
}

export interface LatencySettingsShown {
  maxIncreasePct: number;
  noiseFloorMs: number;
  runs: number;
  samples: number;
  spanMs: number;
  inconclusive: 'warn' | 'fail';
  planChange: 'warn' | 'fail';
}

/** A probe as measured on one side, for the report. */
export interface ProbeSummary {
  name: string;
  clientMs?: number;
  serverMs?: number;
  /** Run-to-run spread of the server time, ± percent (one standard deviation). */
  spreadPct?: number;
  plan?: PlanEvidence;
  error?: string;
}

export interface LatencyReport {
  mode: 'baseline' | 'compare';
  /** The baseline file written or read (as given). */
  file: string;
  settings: LatencySettingsShown;
  probes: ProbeSummary[];
  verdicts?: ProbeVerdict[];
  controls?: ControlComparison[];
  /** What the controls say about the machine between baseline and compare. */
  machine?: string;
  baselineTakenAt?: string;
  statements: { available: boolean; reason?: string; compared?: StatementVerdict[] };
}
