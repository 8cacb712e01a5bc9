import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { historyTableOf } from '../config/load.js';
import { parseDatabaseUrl } from '../db/connection-url.js';
import { fetchApprovals } from '../github/approvals.js';
import { recordApprovals as recordInDatabase } from '../github/approvals-db.js';
import { githubClient } from '../github/client.js';
import { applyEnvironments } from '../github/environments-apply.js';
import { checkGates, gatesError } from '../github/gates-check.js';
import { checkSignoffs, signoffsError } from '../github/signoffs-check.js';
import type { Reports } from '../result.js';
import type { OfflineContext } from './offline.js';
import { endWith, reporting, type Outcome } from './outcome.js';

/**
 * The GitHub commands' bodies: the repository's environments and a run's sign-offs, read (and
 * for environments apply, written) through the REST API. The token comes from the environment
 * (the action puts its github-token input there) and goes into the client only.
 */
const client = (ctx: OfflineContext) => githubClient(ctx.options.env ?? process.env);
const github = (ctx: OfflineContext) => ctx.options.github!;

export async function gatesCheck(ctx: OfflineContext): Promise<Outcome<'gates-check'>> {
  const { repo, environments = [], targets = [] } = github(ctx);
  const report = await checkGates(client(ctx), repo, environments, targets);
  return endWith({ repo: report.repo, gates: report.gates }, gatesError(report));
}

export async function signoffsCheck(ctx: OfflineContext): Promise<Outcome<'signoffs-check'>> {
  const { repo, runId, environments = [], maxAgeMs } = github(ctx);
  const report = await checkSignoffs(client(ctx), repo, runId!, { environments, maxAgeMs: maxAgeMs! });
  return endWith({ repo: report.repo, runId: report.runId, startedBy: report.startedBy, maxAgeMs: report.maxAgeMs, signoffs: report.signoffs }, signoffsError(report));
}

export async function recordApprovals(ctx: OfflineContext): Promise<Outcome<'record-approvals'>> {
  const { repo, runId, out } = github(ctx);
  const { databaseUrl, root, env } = ctx.options;
  const target = databaseUrl === undefined ? undefined : parseDatabaseUrl(databaseUrl, '--database-url', env);
  const record = await fetchApprovals(client(ctx), repo, runId!);
  const report: Reports['record-approvals'] = { repo: record.repo, runId: record.runId, recordedAt: record.recordedAt, approvals: record.approvals };
  const file = out === undefined ? undefined : path.resolve(root, out);
  if (out !== undefined) report.out = out;
  // The file first: the report gets its sign-offs even when the database cannot be reached.
  return reporting(report, async () => {
    if (file) writeJson(file, record);
    if (!target) return;
    // A repository without a config records into the default history schema.
    const schema = historyTableOf({ root, configPath: ctx.options.configPath }).schema;
    record.database = await recordInDatabase(target, schema, record);
    ctx.envelope.database = { target: target.display, database: target.database };
    report.recorded = { table: record.database.table, recorded: record.database.recorded };
    if (file) writeJson(file, record);
  });
}

export async function environmentsApply(ctx: OfflineContext): Promise<Outcome<'environments-apply'>> {
  const { repo, file } = github(ctx);
  return applyEnvironments(client(ctx), { root: ctx.options.root, file, repo, dryRun: ctx.options.dryRun ?? false });
}

function writeJson(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}
