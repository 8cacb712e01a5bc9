import { parseArgs } from 'node:util';
import { usageError } from '../errors/promote-error.js';
import type { Command } from '../result.js';

export interface CliArgs {
  command: Command;
  databaseUrl?: string;
  configPath?: string;
  phases: string[];
  to?: string;
  json: boolean;
  dryRun: boolean;
}

export type ParsedCli = { kind: 'run'; args: CliArgs } | { kind: 'help' } | { kind: 'version' };

const COMMANDS: readonly Command[] = ['plan', 'migrate', 'down', 'status'];

export const USAGE = `Usage: pg-promote <command> [options]

Commands:
  plan      show pending migrations and view/policy files that would be re-applied (changes nothing)
  migrate   apply pending migrations, then view and policy files, phase by phase
  down      apply DOWN files, newest first, back to --to VERSION (one --phase)
  status    show applied, pending and drifted files per phase

Options:
  --database-url URL   target database (default: $DATABASE_URL)
  --config FILE        promotion config (default: db/promotion.yml, else the runbook layout)
  --phase NAME         only this phase; repeat or comma-separate for several (default: all, in order)
  --to VERSION         down: revert every applied version above this one (0 reverts all)
  --dry-run            migrate/down: show what would run, change nothing
  --json               print exactly one JSON document on stdout
  -h, --help           show this help
  --version            show the version

Exit codes: 0 success, 1 a migration or check failed (or drift, or lock busy), 2 bad usage, config or connection.`;

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
        'dry-run': { type: 'boolean', default: false },
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
  const [command, ...extra] = positionals;
  if (!command) throw usageError('no command given (plan, migrate, down, status; see pg-promote --help)');
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw usageError(`unknown command '${command}' (expected one of: ${COMMANDS.join(', ')})`);
  }
  if (extra.length > 0) throw usageError(`unexpected argument '${extra[0]}' (see pg-promote --help)`);
  if (values.to !== undefined && command !== 'down') throw usageError('--to only applies to down', { key: '--to' });
  if (values['dry-run'] && command !== 'migrate' && command !== 'down') {
    throw usageError(`--dry-run only applies to migrate and down (${command} never changes anything)`, { key: '--dry-run' });
  }
  const phases = (values.phase ?? []).flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean);
  return {
    kind: 'run',
    args: {
      command: command as Command,
      databaseUrl: values['database-url'] ?? (env.DATABASE_URL || undefined),
      configPath: values.config,
      phases,
      to: values.to,
      json: values.json,
      dryRun: values['dry-run'],
    },
  };
}
