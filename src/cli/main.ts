import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runEngine } from '../engine/index.js';
import { errorInfo } from '../errors/error-info.js';
import { formatErrorLines } from '../errors/format.js';
import { exitCodeFor } from '../errors/exit-codes.js';
import { asPromoteError } from '../errors/promote-error.js';
import { parseDatabaseUrl } from '../db/connection-url.js';
import { Redactor } from '../secrets/redact.js';
import { parseCli, USAGE } from './args.js';
import { renderEvent, renderSummary } from '../report/text.js';
import { VERSION } from '../version.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** The CLI adapter: argv in, engine call, text or JSON out, exit code back. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const redactor = new Redactor();
  // Every secret this run holds is redacted from every line, whatever prints it.
  redactor.add(io.env.GITHUB_TOKEN?.trim());
  const out = (line: string) => io.stdout(`${redactor.redact(line)}\n`);
  const err = (line: string) => io.stderr(`${redactor.redact(line)}\n`);
  const json = argv.includes('--json');
  let parsed;
  try {
    parsed = parseCli(argv, io.env, io.cwd);
  } catch (e) {
    const error = asPromoteError(e);
    const info = errorInfo(error);
    if (json) out(JSON.stringify({ ok: false, exitCode: exitCodeFor(error.kind), error: info }, null, 2));
    else formatErrorLines(info).forEach((l) => err(`error: ${l}`));
    return exitCodeFor(error.kind);
  }
  if (parsed.kind === 'help') return out(USAGE), 0;
  if (parsed.kind === 'version') return out(VERSION), 0;
  const { args } = parsed;
  for (const url of args.urls) {
    try {
      redactor.add(parseDatabaseUrl(url, '--database-url', io.env).password);
    } catch {
      // the engine reports the malformed URL; nothing to learn a password from
    }
  }
  const result = await runEngine({
    ...args.engine,
    command: args.command,
    root: io.cwd,
    env: io.env,
    onEvent: json
      ? undefined
      : (event) => {
          const line = renderEvent(event);
          if (line) out(line);
        },
  });
  if (args.resultFile) {
    const file = path.resolve(io.cwd, args.resultFile);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, `${redactor.redact(JSON.stringify(result, null, 2))}\n`);
    } catch (e) {
      err(`error: --result-file: cannot write ${args.resultFile}: ${(e as Error).message}`);
      return Math.max(result.exitCode, 2);
    }
  }
  if (json) out(JSON.stringify(result, null, 2));
  else {
    const { lines, errorLines } = renderSummary(result);
    lines.forEach(out);
    errorLines.forEach(err);
  }
  // A bug: its trace with --debug; the result file holds it either way.
  if (result.error?.stack) {
    if (args.debug) err(result.error.stack);
    else if (!json) err('  (a bug in pg-promote: run again with --debug for its stack trace, or see --result-file)');
  }
  return result.exitCode;
}
