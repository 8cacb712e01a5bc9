import { defineCommand } from './command.js';

export const JOBS = { flag: 'jobs', type: 'int', min: 1, max: 64, arg: 'N', doc: "backup and restore: parallel jobs (directory format only). Default: the config's backup.jobs; a custom-format backup restores with one." } as const;
export const SCRATCH_URL = { flag: 'scratch-url', type: 'url', arg: 'URL', secret: true, doc: 'backup with verify restore: where to restore (default: a scratch database on the same server). review: the empty database to review on (default: a throwaway cluster). Masked.' } as const;

export const backup = defineCommand({
  name: 'backup',
  summary: 'pg_dump the database, verify the archive, write its manifest, report PITR readiness',
  connects: true,
  writes: true,
  dryRun: false,
  windows: 'none',
  actionNames: ['backup'],
  options: {
    dir: { flag: 'backup-dir', type: 'string', arg: 'DIR', doc: "backup: folder for the dump and its manifest. Default: the config's backup.dir, else backups/." },
    format: { flag: 'format', input: 'backup-format', type: 'choice', choices: ['custom', 'directory'], doc: 'backup: custom (one file) or directory (parallel with jobs).' },
    jobs: JOBS,
    verify: { flag: 'verify', type: 'choice', choices: ['list', 'restore'], doc: "backup: list (check the archive's table of contents) or restore (restore into a scratch database and compare)." },
    scratchUrl: SCRATCH_URL,
  },
  engine: (o, shared) => ({ ...shared, backup: { dir: o.dir, format: o.format as 'custom' | 'directory' | undefined, jobs: o.jobs, verify: o.verify as 'list' | 'restore' | undefined, scratchUrl: o.scratchUrl } }),
  resolve: async (config, options) => (await import('./backup-settings.js')).backupSettings(options, config),
  report: () => ({}),
  async run(ctx) {
    return (await import('../engine/backup.js')).backup(ctx);
  },
});
