import { emptyFilesReport } from '../result.js';
import { defineCommand } from './command.js';
import { DRY_RUN, OUTSIDE_WINDOW } from './migrate.js';

export const down = defineCommand({
  name: 'down',
  summary: 'apply DOWN files, newest first, back to --to VERSION (one --phase)',
  connects: true,
  writes: true,
  dryRun: true,
  windows: 'guarded',
  actionNames: ['down'],
  options: {
    to: { flag: 'to', type: 'string', arg: 'VERSION', doc: 'down: revert every applied version above this one (0 reverts all). Needs one phase.' },
    dryRun: DRY_RUN,
    outsideWindow: OUTSIDE_WINDOW,
  },
  engine: (o, shared) => ({ ...shared, to: o.to, dryRun: o.dryRun ?? false, outsideWindowReason: o.outsideWindow }),
  report: (options) => ({ ...emptyFilesReport(), dryRun: Boolean(options.dryRun) }),
  async run(ctx) {
    return (await import('../engine/down.js')).down(ctx);
  },
});
