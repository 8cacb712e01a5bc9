import { parseDuration } from '../config/duration.js';
import { usageError } from '../errors/promote-error.js';
import { defineCommand } from './command.js';
import { OUTSIDE_WINDOW } from './migrate.js';

export const ramp = defineCommand({
  name: 'ramp',
  summary: "set a flag's rollout (--flag NAME --to PERCENT), watch its health gates, revert on a breach; --resume or --revert finishes a step a killed ramp left unwatched",
  connects: true,
  writes: true,
  dryRun: false,
  windows: 'guarded',
  actionNames: ['ramp'],
  options: {
    flag: { flag: 'flag', type: 'string', arg: 'NAME', doc: "ramp: the flag to move (one of the config's flags.known)." },
    to: { flag: 'to', input: 'percentage', type: 'percent', arg: 'PERCENT', doc: 'ramp: the rollout percentage to move the flag to (0-100).' },
    from: { flag: 'from', input: 'from-percentage', type: 'percent', arg: 'PERCENT', doc: 'ramp: refuse unless the flag is still at this percentage, where the step before left it (so a kill switch thrown in between is never ramped past).' },
    force: { flag: 'force', type: 'boolean', doc: 'ramp: allow a percentage not above the current one.', actionDefault: 'false' },
    resume: { flag: 'resume', type: 'boolean', doc: 'ramp: watch an unfinished step again (one a killed ramp left unwatched).' },
    revert: { flag: 'revert', type: 'boolean', doc: 'ramp: set an unfinished step\'s flag back to where the step found it.' },
    window: { flag: 'window', input: 'ramp-window', type: 'string', arg: 'DURATION', doc: "ramp: how long to watch the health gates (e.g. 30min). Default: the config's window for the step." },
    interval: { flag: 'interval', input: 'ramp-interval', type: 'string', arg: 'DURATION', doc: "ramp: how often to evaluate the gates while watching (e.g. 1min). Default: the config's ramp.interval (a resumed step: its own)." },
    outsideWindow: OUTSIDE_WINDOW,
  },
  engine: (o, shared) => {
    if (o.resume && o.revert) throw usageError('--resume and --revert cannot be given together', { key: '--revert' });
    return {
      ...shared,
      ramp: { flag: o.flag, to: o.to, from: o.from, force: o.force ?? false, window: o.window, interval: o.interval, resume: o.resume, revert: o.revert },
      outsideWindowReason: o.outsideWindow,
    };
  },
  resolve: (config, options) => ({
    windowMs: options.ramp?.window ? durationOption('--window', options.ramp.window) : undefined,
    interval: options.ramp?.interval
      ? { ms: durationOption('--interval', options.ramp.interval), from: '--interval' as const }
      : { ms: config.ramp.intervalMs, from: 'ramp.interval' as const },
  }),
  report: () => ({}),
  async run(ctx) {
    return (await import('../engine/ramp.js')).ramp(ctx);
  },
});

function durationOption(key: string, text: string): number {
  const ms = parseDuration(text);
  if (ms === undefined) throw usageError(`${key} must be a duration such as 500ms, 10s, 30min or 1h, not '${text}'`, { key });
  if (ms <= 0) throw usageError(`${key} must be longer than zero (a window of zero would pass the step without watching it)`, { key });
  return ms;
}
