import { z } from 'zod';
import { parseDuration, parseDurationExact } from '../config/duration.js';
import { duration, lowerName } from '../config/fields.js';

/**
 * The runbook's success criterion "no performance degradation (< 10% increase in p95 latency)"
 * as a gate that tells a regression from noise: several runs a side spread in time, a ratio
 * with its interval per probe, a control for the machine, and the plans beside the timings.
 * Probes are the project's own (the sample's are in db/promotion.yml): there is no default.
 */
export const latencySection = z
  .strictObject({
    probes: z
      .array(z.strictObject({ name: lowerName, sql: z.string().min(1, 'must not be empty').describe('One read-only query (run in a read-only session).') }))
      .refine((p) => new Set(p.map((x) => x.name)).size === p.length, 'probe names must be unique')
      .default([])
      .describe('Queries your application runs, timed before and after the promotion. Required for the latency command.'),
    runs: z.number().int().min(2).max(100).default(5).describe('Runs per side (baseline, compare): the interval is across runs.'),
    span: duration.default('1min').describe('The runs of a side are spread evenly over this much time, so that slow drift of the machine shows as noise, not as a change.'),
    samples: z.number().int().min(1).max(10_000).default(10).describe('Timed executions per probe in each run, on the client and on the server each (--samples overrides).'),
    warmup: z.number().int().min(0).max(1_000).default(2).describe('Untimed executions per probe at the start of each run.'),
    max_increase: z.number().min(0).default(10).describe("Percent a probe may grow: it fails when its interval's lower bound is above this (the runbook's 10%)."),
    noise_floor: duration
      .default('0.05ms')
      .describe('A change smaller than this never fails, and an interval whose worst case adds less passes: 0ms turns it off.'),
    inconclusive: z.enum(['warn', 'fail']).default('warn').describe('What a probe whose interval straddles the threshold does: a warning in the report, or a failure.'),
    plan_change: z.enum(['warn', 'fail']).default('fail').describe("What a changed plan shape or a doubling of a probe's shared blocks (EXPLAIN ANALYZE, BUFFERS) does."),
    probe_timeout: duration.default('30s').describe('statement_timeout of each probe execution.'),
    top_statements: z.number().int().min(0).max(100).default(10).describe("pg_stat_statements: the application's statements by time in the baseline's windows, compared per window (0: none)."),
  })
  .describe('Latency gate: `pg-promote latency --baseline FILE` before, `--compare FILE` after.');

export interface LatencyProbe {
  name: string;
  sql: string;
}

export interface LatencyConfig {
  probes: LatencyProbe[];
  runs: number;
  spanMs: number;
  samples: number;
  warmup: number;
  maxIncreasePct: number;
  noiseFloorMs: number;
  inconclusive: 'warn' | 'fail';
  planChange: 'warn' | 'fail';
  probeTimeoutMs: number;
  topStatements: number;
}

export function buildLatencyConfig(s: z.output<typeof latencySection>, _root: string): LatencyConfig {
  return {
    probes: s.probes,
    runs: s.runs,
    spanMs: parseDuration(s.span) as number,
    samples: s.samples,
    warmup: s.warmup,
    maxIncreasePct: s.max_increase,
    noiseFloorMs: parseDurationExact(s.noise_floor) as number,
    inconclusive: s.inconclusive,
    planChange: s.plan_change,
    probeTimeoutMs: parseDuration(s.probe_timeout) as number,
    topStatements: s.top_statements,
  };
}
