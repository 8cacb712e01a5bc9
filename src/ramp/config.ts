import { z } from 'zod';
import { parseDuration } from '../config/duration.js';
import { lowerName, positiveDuration as nonZeroDuration } from '../config/fields.js';

/**
 * The runbook's feature-flag ramp: each flag moves through steps (10% → 50% → 100%), each
 * step watched for a window while health gates are evaluated. Every duration can be shortened
 * (tests, the demo), none can be zero: a zero window would pass a step without watching it.
 */
const positiveDuration = nonZeroDuration();
const gateName = lowerName;
const flagName = lowerName;

const step = z.strictObject({
  to: z.number().int().min(1).max(100).describe('Rollout percentage of this step.'),
  window: positiveDuration.describe('How long the step is watched before the next may start.'),
});

const steps = z
  .array(step)
  .min(1, 'must list at least one step')
  .refine((s) => s.every((x, i) => i === 0 || x.to > s[i - 1]!.to), 'steps must go up: each percentage above the one before');

const gate = z
  .strictObject({
    description: z.string().optional(),
    sql: z
      .string()
      .min(1, 'must not be empty')
      .describe('One query; $1 is when the flag moved (timestamptz) and $2, if used, the window as an interval. It returns rows with a numeric column `value`; other columns are shown beside it.'),
    max: z.number().optional().describe('The highest value that passes (any row above it is a breach).'),
    min: z.number().optional().describe('The lowest value that passes (any row below it is a breach).'),
  })
  .refine((g) => g.max !== undefined || g.min !== undefined, 'gate has no threshold: set max (highest passing value) or min (lowest)')
  .refine((g) => g.max === undefined || g.min === undefined || g.min <= g.max, 'min must not exceed max');

export const RUNBOOK_STEPS = [
  { to: 10, window: '30min' },
  { to: 50, window: '1h' },
  { to: 100, window: '1h' },
];

export const rampSection = z
  .strictObject({
    steps: steps.default(RUNBOOK_STEPS).describe("Steps of every flag without its own (the runbook's 10% for 30min, 50% for 1h, 100% for 1h)."),
    interval: positiveDuration.default('10s').describe("How often the gates are evaluated while watching (the runbook's watch -n 10)."),
    gate_timeout: positiveDuration.default('30s').describe('statement_timeout of each gate query; a gate that times out fails the step.'),
    gates: z
      .record(gateName, gate)
      .default({})
      .describe('Health gates by name: the queries that tell whether the services are healthy. ramp needs at least one.'),
    flags: z
      .record(
        flagName,
        z.strictObject({
          steps: steps.optional().describe("This flag's steps, instead of ramp.steps."),
          gates: z.array(gateName).min(1, 'must name at least one gate').optional().describe('Gates watched for this flag (default: all).'),
        }),
      )
      .default({})
      .describe('Per-flag steps and gates.'),
  })
  .superRefine((s, ctx) => {
    for (const [flag, own] of Object.entries(s.flags)) {
      (own.gates ?? []).forEach((name, i) => {
        if (!(name in s.gates)) {
          ctx.addIssue({ code: 'custom', path: ['flags', flag, 'gates', i], message: `unknown gate '${name}' (gates: ${Object.keys(s.gates).join(', ')})` });
        }
      });
    }
  })
  .describe('Feature-flag ramp: steps, windows and health gates for `pg-promote ramp`.');

export interface RampStep {
  to: number;
  windowMs: number;
}

export interface GateConfig {
  name: string;
  description?: string;
  sql: string;
  max?: number;
  min?: number;
}

export interface RampConfig {
  steps: RampStep[];
  intervalMs: number;
  gateTimeoutMs: number;
  gates: GateConfig[];
  flags: Record<string, { steps?: RampStep[]; gates?: string[] }>;
}

const ms = (d: string) => parseDuration(d) as number;
const toSteps = (s: { to: number; window: string }[]) => s.map((x) => ({ to: x.to, windowMs: ms(x.window) }));

export function buildRampConfig(s: z.output<typeof rampSection>, _root: string): RampConfig {
  return {
    steps: toSteps(s.steps),
    intervalMs: ms(s.interval),
    gateTimeoutMs: ms(s.gate_timeout),
    gates: Object.entries(s.gates).map(([name, g]) => ({ name, description: g.description, sql: g.sql, max: g.max, min: g.min })),
    flags: Object.fromEntries(
      Object.entries(s.flags).map(([name, f]) => [name, { steps: f.steps ? toSteps(f.steps) : undefined, gates: f.gates }]),
    ),
  };
}

/** A flag's steps and gates: its own where it has them, the section's otherwise. */
export function rampPlanFor(config: RampConfig, flag: string): { steps: RampStep[]; gates: GateConfig[] } {
  const own = config.flags[flag];
  const names = own?.gates;
  return {
    steps: own?.steps ?? config.steps,
    gates: names ? config.gates.filter((g) => names.includes(g.name)) : config.gates,
  };
}

/**
 * The window of a move to `to`: the step of that percentage, else the first step above it
 * (a percentage between steps is watched as long as the step it leads to), else the last.
 */
export function windowFor(steps: readonly RampStep[], to: number): RampStep {
  return steps.find((s) => s.to === to) ?? steps.find((s) => s.to > to) ?? steps[steps.length - 1]!;
}
