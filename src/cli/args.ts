import { parseArgs } from 'node:util';
import { usageError } from '../errors/promote-error.js';
import type { EngineOptions } from '../engine/options.js';
import type { Command } from '../result.js';

export interface CliArgs {
  command: Command;
  json: boolean;
  /** Everything the engine needs except root and the event sink. */
  engine: Omit<EngineOptions, 'root' | 'onEvent' | 'command'>;
  /** URLs given on the command line or in the environment: their passwords are redacted. */
  urls: string[];
}

export type ParsedCli = { kind: 'run'; args: CliArgs } | { kind: 'help' } | { kind: 'version' };

const COMMANDS: readonly Command[] = ['plan', 'migrate', 'down', 'status', 'backup', 'restore', 'verify', 'report', 'boundary-check', 'lint'];

export const USAGE = `Usage: pg-promote <command> [options]

Commands:
  plan      show pending migrations and view/policy files that would be re-applied (changes nothing)
  migrate   apply pending migrations, then view and policy files, phase by phase
  down      apply DOWN files, newest first, back to --to VERSION (one --phase)
  status    show applied, pending and drifted files per phase
  backup    pg_dump the database, verify the archive, write its manifest, report PITR readiness
  restore   restore a verified backup (--backup FILE --confirm DATABASE_NAME)
  verify    run the configured checks: RLS, role access, boundary grants, views, row counts, audit trail
  report    write the promotion report (markdown and JSON) from this run's stage results
  boundary-check  find code that writes into another app's schema (no database needed)
  lint      find lock hazards and destructive changes in pending migrations (--database-url optional)

Options:
  --database-url URL        target database (default: $DATABASE_URL)
  --config FILE             promotion config (default: db/promotion.yml, else the runbook layout)
  --phase NAME              only this phase; repeat or comma-separate for several (default: all, in order)
  --to VERSION              down: revert every applied version above this one (0 reverts all)
  --dry-run                 migrate/down: show what would run, change nothing
  --staging-url URL         plan/migrate: refuse files staging has not applied with the same checksum
  --backup-manifest FILE    migrate on production: the verified backup taken before it
  --without-backup REASON   migrate on production without a backup; the reason goes to the audit trail
  --backup-dir DIR          backup: where to write (default: the config's backup.dir, else backups/)
  --format custom|directory backup: archive format (default: custom)
  --jobs N                  backup/restore: parallel jobs (directory format)
  --verify list|restore     backup: check the archive's table of contents, or restore it into a scratch database
  --scratch-url URL         backup --verify restore: where to restore (default: a scratch database on the same server)
  --backup FILE             restore: the backup (its manifest is read from beside it)
  --confirm NAME            restore: must equal the target database's name
  --results FILE            report: a stage's result JSON (repeatable)
  --audit-dir DIR           report: where the dated audit file goes (default: ops/audit)
  --paths GLOB              boundary-check: only these files (repeatable; default: every rule's paths)
  --baseline FILE           boundary-check: accepted findings (default: the config's boundary_check.baseline)
  --sarif FILE              boundary-check: also write SARIF 2.1.0 for code scanning
  --json                    print exactly one JSON document on stdout
  -h, --help                show this help
  --version                 show the version

Exit codes: 0 success, 1 a migration or check failed (or drift, or lock busy), 2 bad usage, config or connection.`;

/** Which commands each option belongs to: an option given to another command is a usage error. */
const OPTION_COMMANDS: Record<string, readonly Command[]> = {
  to: ['down'],
  'dry-run': ['migrate', 'down'],
  'staging-url': ['plan', 'migrate'],
  'backup-manifest': ['migrate'],
  'without-backup': ['migrate'],
  'backup-dir': ['backup'],
  format: ['backup'],
  jobs: ['backup', 'restore'],
  verify: ['backup'],
  'scratch-url': ['backup'],
  backup: ['restore'],
  confirm: ['restore'],
  results: ['report'],
  'audit-dir': ['report'],
  paths: ['boundary-check'],
  baseline: ['boundary-check'],
  sarif: ['boundary-check'],
};

export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedCli {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'database-url': { type: 'string' },
        config: { type: 'string' },
        phase: { type: 'string', multiple: true },
        to: { type: 'string' },
        json: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean' },
        'staging-url': { type: 'string' },
        'backup-manifest': { type: 'string' },
        'without-backup': { type: 'string' },
        'backup-dir': { type: 'string' },
        format: { type: 'string' },
        jobs: { type: 'string' },
        verify: { type: 'string' },
        'scratch-url': { type: 'string' },
        backup: { type: 'string' },
        confirm: { type: 'string' },
        results: { type: 'string', multiple: true },
        'audit-dir': { type: 'string' },
        paths: { type: 'string', multiple: true },
        baseline: { type: 'string' },
        sarif: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    // parseArgs names the option; it never echoes values, so a URL cannot leak through here.
    throw usageError(`${(err as Error).message.split('\n')[0]} (see pg-promote --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [word, ...extra] = positionals;
  if (!word) throw usageError(`no command given (${COMMANDS.join(', ')}; see pg-promote --help)`);
  if (!(COMMANDS as readonly string[]).includes(word)) {
    throw usageError(`unknown command '${word}' (expected one of: ${COMMANDS.join(', ')})`);
  }
  const command = word as Command;
  if (extra.length > 0) throw usageError(`unexpected argument '${extra[0]}' (see pg-promote --help)`);
  for (const [option, commands] of Object.entries(OPTION_COMMANDS)) {
    if ((values as Record<string, unknown>)[option] !== undefined && !commands.includes(command)) {
      throw usageError(`--${option} does not apply to ${command} (only to ${commands.join(', ')})`, { key: `--${option}` });
    }
  }
  const format = values.format;
  if (format !== undefined && format !== 'custom' && format !== 'directory') {
    throw usageError(`--format must be custom or directory, not '${format}'`, { key: '--format' });
  }
  const verify = values.verify;
  if (verify !== undefined && verify !== 'list' && verify !== 'restore') {
    throw usageError(`--verify must be list or restore, not '${verify}'`, { key: '--verify' });
  }
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw usageError(`--jobs must be a whole number from 1 to 64`, { key: '--jobs' });
  }
  if (values['without-backup'] !== undefined && !values['without-backup'].trim()) {
    throw usageError('--without-backup needs a reason (it goes into the audit trail)', { key: '--without-backup' });
  }
  const phases = (values.phase ?? []).flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean);
  const databaseUrl = values['database-url'] ?? (env.DATABASE_URL || undefined);
  return {
    kind: 'run',
    args: {
      command,
      json: values.json,
      urls: [databaseUrl, values['staging-url'], values['scratch-url']].filter((u): u is string => Boolean(u)),
      engine: {
        databaseUrl,
        configPath: values.config,
        phases,
        to: values.to,
        dryRun: values['dry-run'] ?? false,
        stagingUrl: values['staging-url'],
        backupManifest: values['backup-manifest'],
        withoutBackupReason: values['without-backup']?.trim(),
        backup: { dir: values['backup-dir'], format, jobs, verify, scratchUrl: values['scratch-url'] },
        restore: { file: values.backup, confirm: values.confirm, jobs },
        report: { results: values.results ?? [], auditDir: values['audit-dir'] },
        boundary: { paths: values.paths, baseline: values.baseline, sarif: values.sarif },
      },
    },
  };
}
