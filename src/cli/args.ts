import { parseArgs, type ParseArgsConfig } from 'node:util';
import { cliSpelling, COMMAND_SPECS, COMMANDS, commandSpec, engineOptionsFor, notApplicable, optionsOf, type Command } from '../commands/index.js';
import type { EngineFields } from '../commands/command.js';
import type { OptionSpec } from '../commands/option.js';
import { CLI_OPTIONS, SHARED_OPTIONS } from '../commands/shared.js';
import { usageError } from '../errors/promote-error.js';

export interface CliArgs {
  command: Command;
  json: boolean;
  /** --debug: print an internal error's stack. */
  debug: boolean;
  /** --result-file: where to write the result JSON as well (what the action's result-json holds). */
  resultFile?: string;
  /** Everything the engine needs except root and the event sink. */
  engine: EngineFields;
  /** URLs given on the command line or in the environment: their passwords are redacted. */
  urls: string[];
}

export type ParsedCli = { kind: 'run'; args: CliArgs } | { kind: 'help' } | { kind: 'version' };

/** Every flag of every command, once: a flag two commands share is declared alike in both. */
function allFlags(): Map<string, OptionSpec> {
  const flags = new Map<string, OptionSpec>();
  for (const spec of [...Object.values(SHARED_OPTIONS), ...Object.values(CLI_OPTIONS), ...COMMAND_SPECS.flatMap((c) => Object.values(c.options as Record<string, OptionSpec>))]) {
    if (!flags.has(spec.flag)) flags.set(spec.flag, spec);
  }
  return flags;
}

const parseType = (spec: OptionSpec) => ({ type: spec.type === 'boolean' ? ('boolean' as const) : ('string' as const), multiple: spec.type === 'list' });

function helpLines(specs: Iterable<OptionSpec>): string[] {
  return [...specs].map((s) => {
    const left = `  --${s.flag}${s.arg ? ` ${s.arg}` : ''}`;
    return `${left.padEnd(28)}${s.doc}`;
  });
}

export const USAGE = [
  'Usage: pg-promote <command> [options]',
  '',
  'Commands:',
  ...COMMAND_SPECS.map((c) => `  ${(c.cli ?? c.name).padEnd(18)} ${c.summary}`),
  '',
  'Options:',
  ...helpLines(allFlags().values()),
  '  -h, --help                show this help',
  '  --version                 show the version',
  '',
  'GitHub commands read their token from $GITHUB_TOKEN and the API at $GITHUB_API_URL (default https://api.github.com).',
  '',
  'Exit codes: 0 success, 1 a migration or check failed (or drift, or lock busy), 2 bad usage, config or connection.',
].join('\n');

export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): ParsedCli {
  const flags = allFlags();
  const options: ParseArgsConfig['options'] = {
    help: { type: 'boolean', short: 'h', default: false },
    version: { type: 'boolean', default: false },
  };
  for (const [flag, spec] of flags) options[flag] = parseType(spec);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (err) {
    // parseArgs names the option; it never echoes values, so a URL cannot leak through here.
    throw usageError(`${(err as Error).message.split('\n')[0]} (see pg-promote --help)`);
  }
  const values = parsed.values as Record<string, string | string[] | boolean | undefined>;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [word, ...rest] = parsed.positionals;
  if (!word) throw usageError(`no command given (${COMMANDS.join(', ')}; see pg-promote --help)`);
  // A two-word spelling (`gates check`) names the command as well as its name (gates-check).
  const twoWords = cliSpelling(word, rest[0]);
  const spec = twoWords ?? commandSpec(word);
  if (!spec) {
    const started = COMMAND_SPECS.find((c) => c.cli?.startsWith(`${word} `));
    if (started) throw usageError(`${rest[0] ? `unknown command '${word} ${rest[0]}'` : `'${word}' needs a subcommand`} (expected: ${started.cli})`);
    throw usageError(`unknown command '${word}' (expected one of: ${COMMANDS.join(', ')})`);
  }
  const words = twoWords ? rest.slice(1) : rest;
  const spelledAs = twoWords ? twoWords.cli! : spec.name;
  // Only `flags` takes words after the command: its action (off, list) and flag names.
  if (spec.name !== 'flags' && words.length > 0) throw usageError(`unexpected argument '${words[0]}' (see pg-promote --help)`);
  const own = new Set([...optionsOf(spec), ...Object.entries(CLI_OPTIONS)].map(([, o]) => o.flag));
  for (const flag of flags.keys()) {
    if (values[flag] !== undefined && !own.has(flag)) throw notApplicable(flag, spec, spelledAs);
  }
  const engine = engineOptionsFor(spec, (option) => values[option.flag], { root: cwd, env, words, spelledAs, adapter: 'cli' });
  const urls = optionsOf(spec)
    .filter(([, o]) => o.type === 'url')
    .map(([, o]) => (values[o.flag] as string | undefined) ?? (o.env ? env[o.env] : undefined));
  return {
    kind: 'run',
    args: {
      command: spec.name as Command,
      json: values.json === true,
      debug: values.debug === true,
      resultFile: values['result-file'] as string | undefined,
      urls: [...urls, engine.databaseUrl].filter((u): u is string => Boolean(u)),
      engine,
    },
  };
}
