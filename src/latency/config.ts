import { z } from 'zod';
import { parseDuration } from '../config/duration.js';
import { duration, lowerName } from '../config/fields.js';
import { DEFAULT_PROBES } from './default-probes.js';

/**
 * The runbook's success criterion "no performance degradation (< 10% increase in p95 latency)"
 * as a gate: probe queries timed before and after the promotion. The defaults are what the
 * sample database's readers run: the analysts' views and the ingest service's lookups.
 */
const probeName = lowerName;

export const latencySection = z
  .strictObject({
    probes: z
      .array(z.strictObject({ name: probeName, sql: z.string().min(1, 'must not be empty').describe('One read-only query (run in a read-only session).') }))
      .min(1, 'must list at least one probe')
      .refine((p) => new Set(p.map((x) => x.name)).size === p.length, 'probe names must be unique')
      .default(DEFAULT_PROBES)
      .describe("Queries timed before and after the promotion (default: the sample database's views and ingest lookups)."),
    samples: z.number().int().min(1).max(100_000).default(200).describe('Timed runs per probe (--samples overrides).'),
    warmup: z.number().int().min(0).max(10_000).default(20).describe('Untimed runs per probe first (caches, plans).'),
    max_p95_increase: z.number().min(0).default(10).describe("Percent a probe's p95 may grow before compare fails (the runbook's 10%)."),
    noise_floor: duration
      .default('1ms')
      .describe('A p95 increase smaller than this never fails, whatever its percentage (sub-millisecond jitter); 0ms turns it off.'),
    probe_timeout: duration.default('30s').describe('statement_timeout of each probe run.'),
    top_statements: z.number().int().min(0).max(100).default(10).describe('pg_stat_statements: statements by total time whose mean is compared (0: none).'),
  })
  .describe('Latency gate: `pg-promote latency --baseline FILE` before, `--compare FILE` after.');

export interface LatencyProbe {
  name: string;
  sql: string;
}

export interface LatencyConfig {
  probes: LatencyProbe[];
  samples: number;
  warmup: number;
  maxP95IncreasePct: number;
  noiseFloorMs: number;
  probeTimeoutMs: number;
  topStatements: number;
}

export function buildLatencyConfig(section: z.output<typeof latencySection> | undefined, _root: string): LatencyConfig {
  const s = section ?? latencySection.parse({});
  return {
    probes: s.probes,
    samples: s.samples,
    warmup: s.warmup,
    maxP95IncreasePct: s.max_p95_increase,
    noiseFloorMs: parseDuration(s.noise_floor) as number,
    probeTimeoutMs: parseDuration(s.probe_timeout) as number,
    topStatements: s.top_statements,
  };
}
