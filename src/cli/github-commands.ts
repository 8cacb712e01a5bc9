import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exitCodeFor } from '../errors/exit-codes.js';
import { formatErrorLines } from '../errors/format.js';
import { asPromoteError, usageError } from '../errors/promote-error.js';
import { errorInfo } from '../errors/error-info.js';
import { parseDatabaseUrl } from '../db/connection-url.js';
import { Redactor } from '../secrets/redact.js';
import { fetchApprovals, parseRunId } from '../github/approvals.js';
import { recordApprovals } from '../github/approvals-db.js';
import { githubClient, parseRepo } from '../github/client.js';
import { applyEnvironments } from '../github/environments-apply.js';
import { checkGates, gatesError, parseEnvironmentList } from '../github/gates-check.js';
import { renderGithubResult } from './github-render.js';
import { GITHUB_USAGE, type GithubCommandGroup } from './github-usage.js';
import type { CliIO } from './main.js';

/**
 * The commands that talk to GitHub rather than to a database: `environments apply`,
 * `gates check` and `approvals record`. They have their own words and options, so they get
 * their own parser; main.ts hands argv over when the first word is one of them.
 */
const ACTIONS: Record<GithubCommandGroup, string> = { environments: 'apply', gates: 'check', approvals: 'record' };

const OPTION_COMMANDS: Record<string, readonly string[]> = {
  file: ['environments'],
  'dry-run': ['environments'],
  environments: ['gates'],
  'run-id': ['approvals'],
  out: ['approvals'],
  'database-url': ['approvals'],
  config: ['approvals'],
};

/** The one document --json prints, and what the human rendering reads. */
export interface GithubCommandResult {
  command: string;
  ok: boolean;
  exitCode: number;
  [detail: string]: unknown;
}

export async function runGithubCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const redactor = new Redactor();
  const json = argv.includes('--json');
  const command = `${argv[0]} ${argv[1] ?? ''}`.trim();
  // Every secret this run holds is redacted from every line, whatever prints it.
  redactor.add(io.env.GITHUB_TOKEN?.trim());
  let result: GithubCommandResult;
  try {
    const parsed = parse(argv);
    if (parsed === 'help') return io.stdout(`${GITHUB_USAGE}\n`), 0;
    result = await run(parsed, io, redactor);
  } catch (e) {
    const error = asPromoteError(e);
    result = { command, ok: false, exitCode: exitCodeFor(error.kind), error: errorInfo(error) };
  }
  const out = (line: string) => io.stdout(`${redactor.redact(line)}\n`);
  const err = (line: string) => io.stderr(`${redactor.redact(line)}\n`);
  if (json) out(JSON.stringify(result, null, 2));
  else {
    const { lines, errorLines } = renderGithubResult(result);
    lines.forEach(out);
    errorLines.forEach(err);
    const error = result.error as Parameters<typeof formatErrorLines>[0] | undefined;
    if (error) formatErrorLines(error).forEach((l) => err(`error: ${l}`));
  }
  return result.exitCode;
}

type Parsed = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;

const OPTIONS = {
  repo: { type: 'string' },
  file: { type: 'string' },
  'dry-run': { type: 'boolean' },
  environments: { type: 'string', multiple: true },
  'run-id': { type: 'string' },
  out: { type: 'string' },
  'database-url': { type: 'string' },
  config: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function parse(argv: readonly string[]): Parsed | 'help' {
  let parsed: Parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    // parseArgs names the option and never echoes values, so nothing secret leaks through here.
    throw usageError(`${(err as Error).message.split('\n')[0]} (see pg-promote --help)`);
  }
  if (parsed.values.help) return 'help';
  const [group, action, ...extra] = parsed.positionals as [GithubCommandGroup, string | undefined, ...string[]];
  if (action !== ACTIONS[group]) {
    throw usageError(`${action ? `unknown command '${group} ${action}'` : `'${group}' needs a subcommand`} (expected: ${group} ${ACTIONS[group]})`);
  }
  if (extra.length > 0) throw usageError(`unexpected argument '${extra[0]}' (see pg-promote --help)`);
  for (const [option, groups] of Object.entries(OPTION_COMMANDS)) {
    if ((parsed.values as Record<string, unknown>)[option] !== undefined && !groups.includes(group)) {
      throw usageError(`--${option} does not apply to ${group} ${action}`, { key: `--${option}` });
    }
  }
  return parsed;
}

async function run(parsed: Parsed, io: CliIO, redactor: Redactor): Promise<GithubCommandResult> {
  const { values } = parsed;
  const group = parsed.positionals[0] as GithubCommandGroup;
  const command = `${group} ${ACTIONS[group]}`;
  const repo = parseRepo(values.repo);
  if (group === 'environments') {
    const report = await applyEnvironments(githubClient(io.env), { root: io.cwd, file: values.file, repo, dryRun: values['dry-run'] ?? false });
    return { command, ok: true, exitCode: 0, ...report };
  }
  if (group === 'gates') {
    const names = parseEnvironmentList(values.environments ?? []);
    const report = await checkGates(githubClient(io.env), repo, names);
    const error = gatesError(report);
    return { command, ...report, ok: !error, exitCode: exitCodeFor(error?.kind), ...(error ? { error: errorInfo(error) } : {}) };
  }
  const runId = parseRunId(values['run-id']);
  const databaseUrl = values['database-url'] ?? (io.env.DATABASE_URL || undefined);
  // Parse the URL before any API call: a bad one is bad usage, and its password must be redacted.
  const target = databaseUrl === undefined ? undefined : parseDatabaseUrl(databaseUrl);
  redactor.add(target?.password);
  const record = await fetchApprovals(githubClient(io.env), repo, runId);
  // The file first: the report gets its sign-offs even when the database cannot be reached.
  if (values.out) writeJson(path.resolve(io.cwd, values.out), record);
  if (databaseUrl && target) {
    record.database = await recordApprovals({ url: databaseUrl, target, root: io.cwd, configPath: values.config }, record);
    if (values.out) writeJson(path.resolve(io.cwd, values.out), record);
  }
  return { command, ok: true, exitCode: 0, ...record, ...(values.out ? { out: values.out } : {}) };
}

function writeJson(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

