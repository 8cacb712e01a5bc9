/** Durations in promotion.yml are written as PostgreSQL writes them: 250ms, 5s, 10min, 1h. */
export const DURATION_PATTERN = '^[0-9]+(\\.[0-9]+)?\\s*(ms|s|min|h)$';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, min: 60_000, h: 3_600_000 };

export function parseDuration(text: string): number | undefined {
  const ms = parseDurationExact(text);
  return ms === undefined ? undefined : Math.round(ms);
}

/** Unrounded, for the few settings finer than a millisecond (the latency gate's floor). */
export function parseDurationExact(text: string): number | undefined {
  const match = new RegExp(DURATION_PATTERN).exec(text.trim());
  if (!match) return undefined;
  const unit = match[2] as string;
  return Number.parseFloat(text) * (UNIT_MS[unit] ?? 0);
}
