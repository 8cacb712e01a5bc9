import { defineCommand } from './command.js';
import { DRY_RUN } from './migrate.js';

export const init = defineCommand({
  name: 'init',
  summary: 'recognise the migration folders of a repository (any common tool\'s layout) and write db/promotion.yml for them',
  connects: false,
  config: 'none',
  writes: false,
  dryRun: true,
  windows: 'none',
  actionNames: [],
  options: { dryRun: DRY_RUN },
  engine: (o, shared) => ({ configPath: shared.configPath, dryRun: o.dryRun ?? false }),
  report: () => ({}),
  async run(ctx) {
    return (await import('../engine/init.js')).init(ctx);
  },
});
