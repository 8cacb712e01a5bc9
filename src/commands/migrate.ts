import { emptyRunReport } from '../result.js';
import { defineCommand } from './command.js';
import { plan } from './plan.js';
import { TO_VERSION } from './shared.js';

export const DRY_RUN = { flag: 'dry-run', type: 'boolean', doc: 'migrate, down and baseline: show what would run (or be recorded), change nothing.', actionDefault: 'false' } as const;
export const OUTSIDE_WINDOW = { flag: 'outside-window', type: 'reason', arg: 'REASON', doc: 'migrate, down, restore and ramp on production outside a maintenance window: the reason, recorded in the audit trail.' } as const;

export const migrate = defineCommand({
  name: 'migrate',
  summary: 'apply pending migrations, then view and policy files, phase by phase',
  connects: true,
  writes: true,
  dryRun: true,
  windows: 'guarded',
  actionNames: ['migrate'],
  options: {
    to: TO_VERSION,
    dryRun: DRY_RUN,
    stagingUrl: plan.options.stagingUrl,
    backupManifest: { flag: 'backup-manifest', type: 'string', arg: 'FILE', doc: 'migrate on a production database: the manifest of the verified backup taken before it (the backup step\'s backup-manifest output).' },
    backupArtifact: { flag: 'backup-artifact', type: 'string', arg: 'NAME', doc: 'migrate with a backup manifest: the workflow artifact that holds the dump, when the job fetched only the manifest (the dump is then not looked for beside it).' },
    withoutBackup: { flag: 'without-backup', type: 'reason', arg: 'REASON', doc: 'migrate on a production database without a backup: the reason, recorded in the audit trail.' },
    outsideWindow: OUTSIDE_WINDOW,
  },
  engine: (o, shared) => ({
    ...shared,
    to: o.to,
    dryRun: o.dryRun ?? false,
    stagingUrl: o.stagingUrl,
    backupManifest: o.backupManifest,
    backupStoredIn: o.backupArtifact,
    withoutBackupReason: o.withoutBackup,
    outsideWindowReason: o.outsideWindow,
  }),
  report: emptyRunReport,
  async run(ctx) {
    return (await import('../engine/migrate.js')).migrate(ctx);
  },
});
