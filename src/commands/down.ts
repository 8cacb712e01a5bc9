import { emptyRunReport } from '../result.js';
import { defineCommand } from './command.js';
import { usageError } from '../errors/promote-error.js';
import { DRY_RUN, OUTSIDE_WINDOW } from './migrate.js';
import { TO_VERSION } from './shared.js';

export const down = defineCommand({
  name: 'down',
  summary: 'apply DOWN files, newest first, back to --to VERSION, or every one with --all (one --phase)',
  connects: true,
  writes: true,
  dryRun: true,
  windows: 'guarded',
  actionNames: ['down'],
  options: {
    to: TO_VERSION,
    all: { flag: 'all', type: 'boolean', doc: 'down: revert every applied version of the phase, the lowest (v0) included.', actionDefault: 'false' },
    dryRun: DRY_RUN,
    outsideWindow: OUTSIDE_WINDOW,
  },
  engine: (o, shared) => {
    if (o.all && o.to !== undefined) throw usageError('down takes --to VERSION or --all, not both', { key: '--all' });
    return { ...shared, to: o.to, all: o.all ?? false, dryRun: o.dryRun ?? false, outsideWindowReason: o.outsideWindow };
  },
  report: emptyRunReport,
  async run(ctx) {
    return (await import('../engine/down.js')).down(ctx);
  },
});
