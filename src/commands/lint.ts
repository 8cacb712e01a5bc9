import { defineCommand } from './command.js';
import { NO_OPTIONS } from './shared.js';

export const lint = defineCommand({
  name: 'lint',
  summary: 'find lock hazards and destructive changes in pending migrations (--database-url optional)',
  connects: false,
  writes: false,
  dryRun: false,
  windows: 'none',
  actionNames: ['lint'],
  options: NO_OPTIONS,
  engine: (_o, shared) => ({ ...shared }),
  report: () => ({}),
  async run(ctx) {
    return (await import('../engine/lint.js')).lint(ctx);
  },
});
