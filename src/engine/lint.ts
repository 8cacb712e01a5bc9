import { selectPhases } from '../config/load.js';
import { parseDatabaseUrl } from '../db/connection-url.js';
import { openSession, type Session } from '../db/session.js';
import { CheckFailed, PromoteError } from '../errors/promote-error.js';
import { loadParser } from '../sql/parser.js';
import { runLint } from '../lint/run.js';
import { largeTableBytes } from '../lint/threshold.js';
import type { LintReport } from '../lint/types.js';
import type { OfflineContext } from './offline.js';
import { endWith, type Outcome } from './outcome.js';

/**
 * `pg-promote lint`: parse every pending migration with PostgreSQL's parser and report lock
 * hazards and destructive changes before anyone approves them. Needs no database; with one,
 * only pending files are linted and the target's tables decide what is new and what is big.
 */
export async function lint(ctx: OfflineContext): Promise<Outcome<'lint'>> {
  const phases = selectPhases(ctx.config, ctx.options.phases ?? []);
  const threshold = largeTableBytes();
  const url = ctx.options.databaseUrl;
  let session: Session | undefined;
  let report: LintReport;
  // The WebAssembly parser compiles in the background while the connection is made.
  loadParser().catch(() => undefined);
  try {
    if (url) {
      const target = parseDatabaseUrl(url, '--database-url', ctx.options.env);
      session = await openSession(target, 'pg-promote lint');
      // Lint only reads; make the server hold it to that.
      await session.client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
      ctx.envelope.database = { target: target.display, database: target.database, serverVersion: session.serverVersion };
      ctx.emit({ type: 'connected', target: target.display, serverVersion: session.serverVersion });
    }
    report = await runLint({
      root: ctx.config.root,
      configFile: ctx.config.source,
      phases,
      postgresVersion: ctx.config.lint.postgresVersion,
      config: ctx.config.lint,
      database: session && { client: session.client, target: session.target.display, history: ctx.config.historyTable, largeTableBytes: threshold },
    });
  } finally {
    await session?.close();
  }
  return endWith({ lint: report }, lintFailure(report));
}

/** Error-severity findings fail the stage (lint, and plan, which lints for its approvers). */
export function lintFailure(report: LintReport): PromoteError | undefined {
  const firstError = report.findings.find((f) => f.severity === 'error');
  if (!firstError) return undefined;
  const { error, warning } = report.counts;
  return new CheckFailed(`lint found ${error} error${error === 1 ? '' : 's'} and ${warning} warning${warning === 1 ? '' : 's'}; the first: ${firstError.rule}: ${firstError.message}`, {
    file: firstError.file,
    line: firstError.line,
    column: firstError.column,
    phase: firstError.phase,
  });
}
