import { emptyFilesReport } from '../result.js';
import { defineCommand } from './command.js';
import { TO_VERSION } from './shared.js';

export const plan = defineCommand({
  name: 'plan',
  summary: 'show pending migrations and view/policy files that would be re-applied (changes nothing)',
  connects: true,
  writes: false,
  dryRun: false,
  windows: 'told',
  actionNames: ['plan'],
  options: {
    to: TO_VERSION,
    stagingUrl: { flag: 'staging-url', type: 'url', arg: 'URL', env: 'STAGING_DATABASE_URL', secret: true, doc: 'plan and migrate: refuse files staging has not applied with the same checksum. Masked. Default: $STAGING_DATABASE_URL.' },
  },
  engine: (o, shared) => ({ ...shared, to: o.to, stagingUrl: o.stagingUrl }),
  report: emptyFilesReport,
  async run(ctx) {
    return (await import('../engine/inspect.js')).inspect(ctx, emptyFilesReport());
  },
});
