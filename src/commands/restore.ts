import { defineCommand } from './command.js';
import { JOBS } from './backup.js';
import { OUTSIDE_WINDOW } from './migrate.js';

export const restore = defineCommand({
  name: 'restore',
  summary: 'restore a verified backup (--backup FILE --confirm DATABASE_NAME)',
  connects: true,
  writes: true,
  dryRun: false,
  windows: 'guarded',
  actionNames: ['restore'],
  options: {
    file: { flag: 'backup', input: 'backup-file', type: 'string', arg: 'FILE', doc: 'restore: the backup to restore; its manifest is read from beside it.' },
    confirm: { flag: 'confirm', type: 'string', arg: 'NAME', doc: "restore: must equal the target database's name." },
    jobs: JOBS,
    outsideWindow: OUTSIDE_WINDOW,
  },
  engine: (o, shared) => ({ ...shared, restore: { file: o.file, confirm: o.confirm, jobs: o.jobs }, outsideWindowReason: o.outsideWindow }),
  // The format is the backup's (read from its manifest later): the default for each is said here.
  resolve: (config, options) => {
    const given = options.restore?.jobs;
    return { jobs: given === undefined ? { directory: config.backup.jobs, custom: 1 } : { directory: given, custom: given } };
  },
  report: () => ({}),
  async run(ctx) {
    return (await import('../engine/restore.js')).restore(ctx);
  },
});
