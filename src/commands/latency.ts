import { usageError } from '../errors/promote-error.js';
import { defineCommand } from './command.js';

export const latency = defineCommand({
  name: 'latency',
  summary: 'time the probe queries: --baseline FILE before the promotion, --compare FILE after',
  connects: true,
  writes: false,
  dryRun: false,
  windows: 'none',
  actionNames: ['latency'],
  options: {
    baseline: { flag: 'baseline', input: 'latency-baseline', type: 'string', arg: 'FILE', doc: 'latency: write the probe timings to this file (before the promotion).' },
    compare: { flag: 'compare', input: 'latency-compare', type: 'string', arg: 'FILE', doc: 'latency: compare with the baseline in this file (after the promotion); fails when a probe is slower beyond its noise.' },
    samples: { flag: 'samples', type: 'int', min: 1, max: 100_000, arg: 'N', doc: 'latency: timed executions per probe in each run.' },
  },
  engine: (o, shared) => {
    if ((o.baseline === undefined) === (o.compare === undefined)) {
      throw usageError('latency needs exactly one of --baseline FILE (before the promotion) or --compare FILE (after it)', { key: '--baseline' });
    }
    return { ...shared, latency: { mode: o.baseline !== undefined ? 'baseline' : 'compare', file: o.baseline ?? o.compare, samples: o.samples } };
  },
  resolve: (config, options) => ({ samples: options.latency?.samples ?? config.latency.samples }),
  report: () => ({}),
  async run(ctx) {
    return (await import('../engine/latency.js')).latency(ctx);
  },
});
