/**
 * The gate's statistics, pure and deterministic: a run is summarised by the trimmed mean of its
 * log times, and two sides of runs are compared by a Welch t-interval on the difference of
 * their log means, which is the log of the after/before ratio.
 */

/**
 * A run's summary in log milliseconds: the mean of the faster half of its log times (a trimmed
 * mean that trims the slow side). Waiting for the CPU, a lock or a disk only ever adds time, so
 * the slow samples carry the machine's load and the fast ones the query's own cost; unlike one
 * p95, every run contributes.
 */
export function runSummary(timesMs: readonly number[]): number {
  if (timesMs.length === 0) throw new RangeError('a run needs at least one sample');
  const logs = timesMs.map((t) => Math.log(Math.max(t, 1e-6))).sort((a, b) => a - b);
  return mean(logs.slice(0, Math.ceil(logs.length / 2)));
}

/**
 * The mean of log times with `trim` of them cut from each end: for a window of an application's
 * own transactions, where slow ones are the point and are cut only at the extreme.
 */
export function trimmedLogMean(timesMs: readonly number[], trim = 0.2): number {
  if (timesMs.length === 0) throw new RangeError('a run needs at least one sample');
  const logs = timesMs.map((t) => Math.log(Math.max(t, 1e-6))).sort((a, b) => a - b);
  const cut = Math.floor(logs.length * trim);
  return mean(logs.slice(cut, logs.length - cut));
}

export const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

export function variance(xs: readonly number[]): number {
  const m = mean(xs);
  return xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1);
}

function lnGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9): good to 15 digits for x > 0.
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = c[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularised incomplete beta I_x(a, b), by its continued fraction (modified Lentz). */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  const front = Math.exp(a * Math.log(x) + b * Math.log(1 - x) - (lnGamma(a) + lnGamma(b) - lnGamma(a + b))) / a;
  const tiny = 1e-300;
  let f = 1;
  let c = 1;
  let d = 0;
  for (let i = 0; i <= 300; i++) {
    const m = Math.floor(i / 2);
    let num: number;
    if (i === 0) num = 1;
    else if (i % 2 === 0) num = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    else num = -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 + num * d;
    d = Math.abs(d) < tiny ? tiny : d;
    d = 1 / d;
    c = 1 + num / c;
    c = Math.abs(c) < tiny ? tiny : c;
    const cd = c * d;
    f *= cd;
    if (Math.abs(1 - cd) < 1e-14) break;
  }
  return front * (f - 1);
}

/** P(T <= t) for Student's t with df degrees of freedom. */
export function tCdf(t: number, df: number): number {
  df = Math.min(df, 1e7);
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The t value below which probability p lies (bisection on tCdf: slow-ish, exact enough, deterministic). */
export function tQuantile(p: number, df: number): number {
  if (p === 0.5) return 0;
  let lo = -1e3;
  let hi = 1e3;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (tCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export interface LogRatio {
  /** log(after / before): the difference of the two sides' mean run summaries. */
  estimate: number;
  /** Standard error of the estimate (Welch). */
  se: number;
  /** Welch-Satterthwaite degrees of freedom. */
  df: number;
  /** 95% interval of the log ratio. */
  low: number;
  high: number;
}

/**
 * Welch's t-interval on the difference of log means: the ratio after/before with its 95%
 * interval, not assuming both sides are equally noisy. Needs at least two runs a side.
 */
export function logRatioInterval(before: readonly number[], after: readonly number[], level = 0.95): LogRatio {
  if (before.length < 2 || after.length < 2) throw new RangeError('an interval needs at least two runs on each side');
  const vb = variance(before) / before.length;
  const va = variance(after) / after.length;
  const se = Math.sqrt(vb + va);
  const denominator = vb ** 2 / (before.length - 1) + va ** 2 / (after.length - 1);
  const df = denominator > 0 ? (vb + va) ** 2 / denominator : before.length + after.length - 2;
  const estimate = mean(after) - mean(before);
  const half = tQuantile(1 - (1 - level) / 2, df) * se;
  return { estimate, se, df, low: estimate - half, high: estimate + half };
}

/**
 * The probe's log ratio less a control's: a change the control saw too is the machine's. The
 * two are measured apart, so their uncertainties add.
 */
export function lessControl(r: LogRatio, control: LogRatio, level = 0.95): LogRatio {
  const se = Math.sqrt(r.se ** 2 + control.se ** 2);
  const df = Math.min(r.df, control.df);
  const estimate = r.estimate - control.estimate;
  const half = tQuantile(1 - (1 - level) / 2, df) * se;
  return { estimate, se, df, low: estimate - half, high: estimate + half };
}

/** One-sided p-value of "the log ratio is at most `limit`": small when the change clearly exceeds it. */
export function pAbove(r: LogRatio, limit: number): number {
  if (r.se === 0) return r.estimate > limit ? 0 : 1;
  return 1 - tCdf((r.estimate - limit) / r.se, r.df);
}

/** Holm's step-down adjustment: adjusted p-values, in the input's order. */
export function holm(pValues: readonly number[]): number[] {
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array<number>(pValues.length);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (pValues.length - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

/**
 * Runs per side that would shrink the interval enough to clear `limit`: the half-width falls
 * with the square root of the runs. Undefined when the estimate sits on the limit itself.
 */
export function runsToResolve(r: LogRatio, runsPerSide: number, limit: number): number | undefined {
  const needed = Math.abs(r.estimate - limit);
  const half = r.high - r.estimate;
  if (needed < 1e-9 || half <= 0) return undefined;
  return Math.max(runsPerSide + 1, Math.ceil(runsPerSide * (half / needed) ** 2));
}

/** exp(log ratio) - 1, in percent. */
export const pct = (logRatio: number): number => (Math.exp(logRatio) - 1) * 100;
