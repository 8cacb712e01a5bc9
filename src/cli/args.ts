import { parseArgs } from 'node:util';
import { usageError } from '../errors/promote-error.js';
import type { EngineOptions } from '../engine/options.js';
import { COMMANDS, DRY_RUN_COMMANDS, type Command } from '../result.js';

export interface CliArgs {
  command: Command;
  json: boolean;
  /** --result-file: where to write the result JSON as well (what the action's result-json holds). */
  resultFile?: string;
  /** Everything the engine needs except root and the event sink. */
  engine: Omit<EngineOptions, 'root' | 'onEvent' | 'command'>;
  /** URLs given on the command line or in the environment: their passwords are redacted. */
  urls: string[];
}

export type ParsedCli = { kind: 'run'; args: CliArgs } | { kind: 'help' } | { kind: 'version' };

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
  ramp      set a flag's rollout (--flag NAME --to PERCENT), watch its health gates, revert on a breach;
            --resume or --revert finishes a step a killed ramp left unwatched
  latency   time the probe queries: --baseline FILE before the promotion, --compare FILE after
  flags     flags off [NAME...]: set flags to 0 (default: the config's rollback list); flags list: show them
  notify    post a promotion message (--event start|gate|success|failure|rollback) to the config's webhooks
  review    apply a pull request's migrations to a throwaway database, verify, prove DOWN files (--base REF)

Options:
  --database-url URL        target database (default: $DATABASE_URL)
  --config FILE             promotion config (default: db/promotion.yml, else the runbook layout)
  --phase NAME              only this phase; repeat or comma-separate for several (default: all, in order)
  --to VERSION              down: revert every applied version above this one (0 reverts all)
                            ramp: the rollout percentage to move the flag to (0-100)
  --dry-run                 migrate/down: show what would run, change nothing
  --staging-url URL         plan/migrate: refuse files staging has not applied with the same checksum
                            (default: $STAGING_DATABASE_URL)
  --backup-manifest FILE    migrate on production: the verified backup taken before it
  --without-backup REASON   migrate on production without a backup; the reason goes to the audit trail
  --backup-dir DIR          backup: where to write (default: the config's backup.dir, else backups/)
  --format custom|directory backup: archive format (default: custom)
  --jobs N                  backup/restore: parallel jobs (directory format)
  --verify list|restore     backup: check the archive's table of contents, or restore it into a scratch database
  --scratch-url URL         backup --verify restore: where to restore (default: a scratch database on the same server)
                            review: the empty database to review on (default: a throwaway cluster)
  --backup FILE             restore: the backup (its manifest is read from beside it)
  --confirm NAME            restore: must equal the target database's name
  --results FILE            report, notify: a stage's result JSON (repeatable)
  --audit-dir DIR           report: where the dated audit file goes (default: ops/audit)
  --paths GLOB              boundary-check: only these files (repeatable; default: every rule's paths)
  --baseline FILE           boundary-check: accepted findings (default: the config's boundary_check.baseline)
                            latency: write the timings here, to compare against after the promotion
  --sarif FILE              boundary-check: also write SARIF 2.1.0 for code scanning
  --flag NAME               ramp: the flag to move
  --force                   ramp: allow a percentage not above the current one
  --from PERCENT            ramp: refuse unless the flag is still where the step before left it
  --resume                  ramp: watch an unfinished step again (one a killed ramp left unwatched)
  --revert                  ramp: set an unfinished step's flag back to where the step found it
  --window DURATION         ramp: how long to watch the gates (default: the config's, per step)
  --interval DURATION       ramp: how often to evaluate the gates while watching
  --compare FILE            latency: compare with this baseline (written by --baseline FILE)
  --samples N               latency: timed executions per probe in each run
  --reason TEXT             flags off: why (goes to the audit trail)
  --event NAME              notify: start, gate, success, failure or rollback
  --message TEXT            notify: extra text for the message
  --outside-window REASON   migrate/restore/ramp on production outside a maintenance window: why
  --base REF                review: the base branch (or commit) the pull request goes into
  --head REF                review: the pull request's commit (default: HEAD)
  --json                    print exactly one JSON document on stdout
  --result-file FILE        also write that JSON document to FILE (for report --results), whatever is printed
  -h, --help                show this help
  --version                 show the version

Exit codes: 0 success, 1 a migration or check failed (or drift, or lock busy), 2 bad usage, config or connection.`;

/** Which commands each option belongs to: an option given to another command is a usage error. */
export const OPTION_COMMANDS: Record<string, readonly Command[]> = {
  to: ['down', 'ramp'],
  'dry-run': DRY_RUN_COMMANDS,
  'staging-url': ['plan', 'migrate'],
  'backup-manifest': ['migrate'],
  'without-backup': ['migrate'],
  'backup-dir': ['backup'],
  format: ['backup'],
  jobs: ['backup', 'restore'],
  verify: ['backup'],
  'scratch-url': ['backup', 'review'],
  backup: ['restore'],
  confirm: ['restore'],
  results: ['report', 'notify'],
  'audit-dir': ['report'],
  paths: ['boundary-check'],
  baseline: ['boundary-check', 'latency'],
  sarif: ['boundary-check'],
  flag: ['ramp'],
  force: ['ramp'],
  from: ['ramp'],
  resume: ['ramp'],
  revert: ['ramp'],
  window: ['ramp'],
  interval: ['ramp'],
  compare: ['latency'],
  samples: ['latency'],
  reason: ['flags'],
  event: ['notify'],
  message: ['notify'],
  'outside-window': ['migrate', 'restore', 'ramp'],
  base: ['review'],
  head: ['review'],
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
        'result-file': { type: 'string' },
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
        flag: { type: 'string' },
        force: { type: 'boolean' },
        from: { type: 'string' },
        resume: { type: 'boolean' },
        revert: { type: 'boolean' },
        window: { type: 'string' },
        interval: { type: 'string' },
        compare: { type: 'string' },
        samples: { type: 'string' },
        reason: { type: 'string' },
        event: { type: 'string' },
        message: { type: 'string' },
        'outside-window': { type: 'string' },
        base: { type: 'string' },
        head: { type: 'string' },
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
  // Only `flags` takes words after the command: its action (off, list) and flag names.
  const [flagsAction, ...flagNames] = extra;
  if (command === 'flags') {
    if (flagsAction !== 'off' && flagsAction !== 'list') {
      throw usageError(`flags needs an action: 'flags off [NAME...]' or 'flags list'${flagsAction ? `, not '${flagsAction}'` : ''}`);
    }
  } else if (extra.length > 0) throw usageError(`unexpected argument '${extra[0]}' (see pg-promote --help)`);
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
  if (values['outside-window'] !== undefined && !values['outside-window'].trim()) {
    throw usageError('--outside-window needs a reason (it goes into the audit trail)', { key: '--outside-window' });
  }
  let samples: number | undefined;
  if (values.samples !== undefined) {
    samples = Number(values.samples);
    if (!Number.isInteger(samples) || samples < 1 || samples > 100_000) throw usageError('--samples must be a whole number from 1 to 100000', { key: '--samples' });
  }
  const rampFrom = percentOption('--from', values.from);
  const rampTo = command === 'ramp' ? percentOption('--to', values.to) : undefined;
  if (command === 'latency' && (values.baseline === undefined) === (values.compare === undefined)) {
    throw usageError('latency needs exactly one of --baseline FILE (before the promotion) or --compare FILE (after it)', { key: '--baseline' });
  }
  const phases = (values.phase ?? []).flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean);
  if (command === 'review' && values['database-url'] !== undefined) {
    // review runs DOWN files: it never takes a database it was not explicitly given as scratch.
    throw usageError('--database-url does not apply to review: give an empty database with --scratch-url, or none for a throwaway cluster', { key: '--database-url' });
  }
  const databaseUrl = values['database-url'] ?? (env.DATABASE_URL || undefined);
  // Like DATABASE_URL, so a script need not put staging's password on a command line.
  const stagingUrl = values['staging-url'] ?? (OPTION_COMMANDS['staging-url']!.includes(command) ? env.STAGING_DATABASE_URL || undefined : undefined);
  return {
    kind: 'run',
    args: {
      command,
      json: values.json,
      resultFile: values['result-file'],
      urls: [databaseUrl, stagingUrl, values['scratch-url']].filter((u): u is string => Boolean(u)),
      engine: {
        databaseUrl,
        configPath: values.config,
        phases,
        to: command === 'down' ? values.to : undefined,
        dryRun: values['dry-run'] ?? false,
        stagingUrl,
        backupManifest: values['backup-manifest'],
        withoutBackupReason: values['without-backup']?.trim(),
        backup: { dir: values['backup-dir'], format, jobs, verify, scratchUrl: values['scratch-url'] },
        restore: { file: values.backup, confirm: values.confirm, jobs },
        report: { results: values.results ?? [], auditDir: values['audit-dir'] },
        boundary: { paths: values.paths, baseline: command === 'boundary-check' ? values.baseline : undefined, sarif: values.sarif },
        ramp: { flag: values.flag, to: rampTo, from: rampFrom, force: values.force ?? false, window: values.window, interval: values.interval, resume: values.resume, revert: values.revert },
        latency: command === 'latency' ? { mode: values.baseline !== undefined ? 'baseline' : 'compare', file: values.baseline ?? values.compare, samples } : undefined,
        flags: command === 'flags' ? { action: flagsAction as 'off' | 'list', names: flagNames.flatMap((n) => n.split(',')).map((n) => n.trim()).filter(Boolean), reason: values.reason?.trim() } : undefined,
        notify: command === 'notify' ? { event: values.event, results: values.results ?? [], message: values.message } : undefined,
        outsideWindowReason: values['outside-window']?.trim(),
        review: command === 'review' ? { base: values.base, head: values.head, scratchUrl: values['scratch-url'] } : undefined,
      },
    },
  };
}

/** A rollout percentage option: absent, or a whole number from 0 to 100. */
function percentOption(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) > 100) throw usageError(`${option} must be a percentage from 0 to 100, not '${text}'`, { key: option });
  return Number(text);
}
