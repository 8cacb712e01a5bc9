import { parseDatabaseUrl } from '../db/connection-url.js';
import { usageError } from '../errors/promote-error.js';

/**
 * One option of a command, declared once: the CLI's --flag, the action's input, the help and
 * action.yml text, and how its text is checked. Both adapters read options through here, so
 * the same bad value gives the same error (in the CLI's words; the action says them as inputs).
 */
export interface OptionSpec {
  /** `--flag` on the command line. */
  flag: string;
  /** The action's input; the flag's name when absent. `false`: the CLI only. */
  input?: string | false;
  type: 'string' | 'boolean' | 'list' | 'url' | 'reason' | 'int' | 'percent' | 'choice';
  choices?: readonly string[];
  /** int: the allowed range. */
  min?: number;
  max?: number;
  /** The placeholder in --help (FILE, N, URL). */
  arg?: string;
  /** One line for --help and for action.yml. */
  doc: string;
  /** Read from this environment variable when the option is not given. */
  env?: string;
  /** action.yml's default for the input. */
  actionDefault?: string;
  /** A URL input whose password the runner must mask. */
  secret?: boolean;
}

export type OptionTable = Record<string, OptionSpec>;

/** The value an option's text becomes. */
export type OptionValue<S extends OptionSpec> = S['type'] extends 'boolean'
  ? boolean
  : S['type'] extends 'list'
    ? string[]
    : S['type'] extends 'int' | 'percent'
      ? number
      : string;

export type OptionValues<T extends OptionTable> = { [K in keyof T]?: OptionValue<T[K]> };

/** What an adapter found for an option: CLI text, repeated CLI text, a CLI switch, or an input's raw text. */
export type RawValue = string | string[] | boolean | undefined;

export const inputName = (spec: OptionSpec): string | undefined => (spec.input === false ? undefined : (spec.input ?? spec.flag));

/** Checks one option's raw value; every message names the option as `--flag`. */
export function readOption(spec: OptionSpec, raw: RawValue, env: NodeJS.ProcessEnv): unknown {
  const name = `--${spec.flag}`;
  if (raw === undefined && spec.env) raw = env[spec.env] || undefined;
  if (raw === undefined) return undefined;
  if (spec.type === 'boolean') {
    if (typeof raw === 'boolean') return raw;
    const text = String(raw).trim();
    if (text === '') return undefined;
    if (text !== 'true' && text !== 'false') throw usageError(`${name} is '${text}'; expected one of: true, false`, { key: name });
    return text === 'true';
  }
  if (spec.type === 'list') {
    const parts = (Array.isArray(raw) ? raw : [String(raw)]).flatMap((p) => p.split(/[,\n]/)).map((p) => p.trim()).filter(Boolean);
    return parts.length > 0 ? parts : undefined;
  }
  const given = Array.isArray(raw) ? raw.at(-1)! : String(raw);
  const text = given.trim();
  if (spec.type === 'reason') {
    // Given but blank is refused (not dropped): the reason is what the audit trail records.
    if (!text) throw usageError(`${name} needs a reason (it goes into the audit trail)`, { key: name });
    return text;
  }
  if (!text) return undefined;
  switch (spec.type) {
    case 'choice':
      if (!spec.choices!.includes(text)) throw usageError(`${name} is '${text}'; expected one of: ${spec.choices!.join(', ')}`, { key: name });
      return text;
    case 'int': {
      const n = Number(text);
      if (!/^\d+$/.test(text) || n < spec.min! || n > spec.max!) throw usageError(`${name} must be a whole number from ${spec.min} to ${spec.max}, not '${text}'`, { key: name });
      return n;
    }
    case 'percent':
      if (!/^\d+$/.test(text) || Number(text) > 100) throw usageError(`${name} must be a percentage from 0 to 100, not '${text}'`, { key: name });
      return Number(text);
    case 'url':
      // Checked here, before anything runs; the error names the option, never the value.
      parseDatabaseUrl(text, name, env);
      return text;
    default:
      return text;
  }
}
