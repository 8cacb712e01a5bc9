import type { OptionSpec, OptionTable } from './option.js';

/** Options every command takes. */
export const SHARED_OPTIONS = {
  databaseUrl: { flag: 'database-url', type: 'url', arg: 'URL', env: 'DATABASE_URL', secret: true, doc: 'Target database URL (postgres://user:password@host:port/db); pass it from a secret, it is masked. Default: $DATABASE_URL.' },
  configPath: { flag: 'config', type: 'string', arg: 'FILE', doc: 'Promotion config. Default: db/promotion.yml (pg-promote init writes one).' },
  phases: { flag: 'phase', type: 'list', arg: 'NAME', doc: 'Only these phases, comma or newline separated (or the option repeated). Default: every phase, in config order.' },
  debug: { flag: 'debug', type: 'boolean', doc: "Print an internal error's stack trace (the result JSON always holds it). The action also honours the runner's debug logging." },
} satisfies Record<string, OptionSpec>;

/** The CLI's own switches: what to print and where the result goes as well. */
export const CLI_OPTIONS = {
  json: { flag: 'json', input: false, type: 'boolean', doc: 'Print exactly one JSON document on stdout.' },
  resultFile: { flag: 'result-file', input: false, type: 'string', arg: 'FILE', doc: 'Also write that JSON document to FILE (for report --results), whatever is printed.' },
} satisfies Record<string, OptionSpec>;

/** The action's own inputs: which command, where, and the GitHub stages' inputs. */
export const ACTION_INPUTS: Record<string, { description: string; required?: boolean; default?: string }> = {
  command: { description: '', required: true },
  'github-token': { description: 'gates-check, signoffs-check and record-approvals: a token that can read the repository\'s environments and runs (actions: read). review: a token that may comment on the pull request (pull-requests: write). Masked.', default: '${{ github.token }}' },
  'working-directory': { description: 'Repository folder the config and its paths are relative to. Default: the workspace.', default: '.' },
};

export const TO_VERSION = {
  flag: 'to', type: 'string', arg: 'VERSION',
  doc: 'plan and migrate: pending migrations up to and including VERSION only (later ones stay pending); one phase. down: revert every applied version above VERSION (VERSION stays applied; --all reverts them all). baseline: record every migration up to and including VERSION as applied without running it.',
} as const satisfies OptionSpec;

export const NO_OPTIONS = {} satisfies OptionTable;
