import { defineCommand } from './command.js';
import { NO_OPTIONS } from './shared.js';

export const verify = defineCommand({
  name: 'verify',
  summary: 'run the configured checks: RLS, role access, boundary grants, views, row counts, audit trail',
  connects: true,
  writes: false,
  dryRun: false,
  windows: 'none',
  actionNames: ['verify'],
  options: NO_OPTIONS,
  engine: (_o, shared) => ({ ...shared }),
  report: () => ({}),
  async run(ctx) {
    return (await import('../engine/verify.js')).verify(ctx);
  },
});
