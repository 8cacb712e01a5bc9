import { usageError } from '../errors/promote-error.js';
import type { Command as ResultCommand } from '../result.js';
import { backup } from './backup.js';
import { baseline } from './baseline.js';
import { boundaryCheck } from './boundary-check.js';
import type { CommandSpec, EngineFields, InvocationContext } from './command.js';
import { down } from './down.js';
import { environmentsApply } from './environments-apply.js';
import { flags } from './flags.js';
import { REPO } from './github-options.js';
import { init } from './init.js';
import { gatesCheck } from './gates-check.js';
import { latency } from './latency.js';
import { lint } from './lint.js';
import { migrate } from './migrate.js';
import { notify } from './notify.js';
import { readOption, type OptionSpec, type RawValue } from './option.js';
import { plan } from './plan.js';
import { ramp } from './ramp.js';
import { recordApprovals } from './record-approvals.js';
import { report } from './report.js';
import { restore } from './restore.js';
import { review } from './review.js';
import { SHARED_OPTIONS } from './shared.js';
import { signoffsCheck } from './signoffs-check.js';
import { status } from './status.js';
import { verify } from './verify.js';

/**
 * Every command, declared once in its own module. Only the declarations load here (their
 * option tables); a command's code loads when it runs, which keeps the cold start short.
 */
export const COMMAND_SPECS = [plan, migrate, down, status, backup, restore, verify, report, boundaryCheck, lint, ramp, latency, flags, notify, review, baseline, init, gatesCheck, recordApprovals, signoffsCheck, environmentsApply] as const;

export type Command = (typeof COMMAND_SPECS)[number]['name'];
// The result's command type is the registry's, word for word (a compile error otherwise).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameCommands: Same<Command, ResultCommand> = true;
void _sameCommands;
export const COMMANDS: readonly Command[] = COMMAND_SPECS.map((c) => c.name);

export function commandSpec(name: string): CommandSpec | undefined {
  return (COMMAND_SPECS as readonly CommandSpec[]).find((c) => c.name === name);
}

/** The command a two-word command line names (`gates check`), if any. */
export function cliSpelling(first: string, second: string | undefined): CommandSpec | undefined {
  return (COMMAND_SPECS as readonly CommandSpec[]).find((c) => c.cli !== undefined && c.cli === `${first} ${second}`);
}

/** The database commands that honour a dry run (init's prints the config it would write; environments apply's is of GitHub's side). */
export const DRY_RUN_COMMANDS: readonly Command[] = COMMAND_SPECS.filter((c) => c.dryRun && c.connects && c.writes).map((c) => c.name);

/** The option tables of a command: the shared ones first. */
export const optionsOf = (spec: CommandSpec): Array<[string, OptionSpec]> => [...Object.entries(SHARED_OPTIONS), ...Object.entries(spec.options)];

/** The GitHub commands: they name a repository (and get the token). */
export const usesGithub = (spec: CommandSpec): boolean => Object.values(spec.options as Record<string, OptionSpec>).includes(REPO);

/** Which commands take an option (by its flag), for "does not apply" errors. */
export function commandsWithFlag(flag: string): string[] {
  return COMMAND_SPECS.filter((c) => Object.values(c.options as Record<string, OptionSpec>).some((o) => o.flag === flag)).map((c) => c.name);
}

/**
 * A command's options as the engine's, checked once for both adapters. `raw` says what the
 * adapter found for each of the command's options (by flag); `given` lists the flags the user
 * gave that the command may not take.
 */
export function engineOptionsFor(spec: CommandSpec, raw: (option: OptionSpec) => RawValue, ctx: InvocationContext): EngineFields {
  const values: Record<string, unknown> = {};
  for (const [key, option] of Object.entries(spec.options as Record<string, OptionSpec>)) values[key] = readOption(option, raw(option), ctx.env);
  const databaseUrlRaw = raw(SHARED_OPTIONS.databaseUrl);
  const databaseUrlGiven = typeof databaseUrlRaw === 'string' && databaseUrlRaw.trim() !== '';
  const shared = {
    databaseUrl: (databaseUrlGiven ? readOption(SHARED_OPTIONS.databaseUrl, databaseUrlRaw, ctx.env) : ctx.env.DATABASE_URL || undefined) as string | undefined,
    databaseUrlGiven,
    configPath: readOption(SHARED_OPTIONS.configPath, raw(SHARED_OPTIONS.configPath), ctx.env) as string | undefined,
    phases: (readOption(SHARED_OPTIONS.phases, raw(SHARED_OPTIONS.phases), ctx.env) as string[] | undefined) ?? [],
  };
  const { databaseUrlGiven: _given, ...fields } = spec.engine(values as never, shared, ctx) as EngineFields & { databaseUrlGiven?: boolean };
  return fields;
}

/** An option the command does not take, named with the commands that do. */
export function notApplicable(flag: string, spec: CommandSpec, spelledAs: string): Error {
  if (flag === 'dry-run') {
    const why = spec.writes ? `: ${spelledAs} would change the database anyway` : ` (${spelledAs} changes nothing)`;
    return usageError(`--dry-run applies to ${DRY_RUN_COMMANDS.slice(0, -1).join(', ')} and ${DRY_RUN_COMMANDS.at(-1)} only, not ${spelledAs}${why}`, { key: '--dry-run' });
  }
  const takers = commandsWithFlag(flag);
  return usageError(`--${flag} does not apply to ${spelledAs} (only to ${takers.join(', ')})`, { key: `--${flag}` });
}
