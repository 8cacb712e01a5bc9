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
import type { OfflineContext } from './offline.js';

/**
 * The GitHub commands' bodies: the repository's environments and a run's sign-offs, read (and
 * for environments apply, written) through the REST API. The token comes from the environment
 * (the action puts its github-token input there) and goes into the client only.
 */
const client = (ctx: OfflineContext) => githubClient(ctx.options.env ?? process.env);
const github = (ctx: OfflineContext) => ctx.options.github!;

export async function gatesCheck(ctx: OfflineContext<'gates-check'>): Promise<void> {
  const { repo, environments = [], targets = [] } = github(ctx);
  const report = await checkGates(client(ctx), repo, environments, targets);
  Object.assign(ctx.result, { repo: report.repo, gates: report.gates });
  const error = gatesError(report);
  if (error) throw error;
}

export async function signoffsCheck(ctx: OfflineContext<'signoffs-check'>): Promise<void> {
  const { repo, runId, environments = [], maxAgeMs } = github(ctx);
  const report = await checkSignoffs(client(ctx), repo, runId!, { environments, maxAgeMs: maxAgeMs! });
  Object.assign(ctx.result, { repo: report.repo, runId: report.runId, startedBy: report.startedBy, maxAgeMs: report.maxAgeMs, signoffs: report.signoffs });
  const error = signoffsError(report);
  if (error) throw error;
}

export async function recordApprovals(ctx: OfflineContext<'record-approvals'>): Promise<void> {
  const { repo, runId, out } = github(ctx);
  const { databaseUrl, root, env } = ctx.options;
  const target = databaseUrl === undefined ? undefined : parseDatabaseUrl(databaseUrl, '--database-url', env);
  const record = await fetchApprovals(client(ctx), repo, runId!);
  Object.assign(ctx.result, { repo: record.repo, runId: record.runId, recordedAt: record.recordedAt, approvals: record.approvals });
  const file = out === undefined ? undefined : path.resolve(root, out);
  // The file first: the report gets its sign-offs even when the database cannot be reached.
  if (file) writeJson(file, record);
  if (target) {
    // A repository without a config records into the default history schema.
    const schema = historyTableOf({ root, configPath: ctx.options.configPath }).schema;
    record.database = await recordInDatabase(target, schema, record);
    ctx.result.database = { target: target.display, database: target.database };
    ctx.result.recorded = { table: record.database.table, recorded: record.database.recorded };
    if (file) writeJson(file, record);
  }
  if (out !== undefined) ctx.result.out = out;
}

export async function environmentsApply(ctx: OfflineContext<'environments-apply'>): Promise<void> {
  const { repo, file } = github(ctx);
  const report = await applyEnvironments(client(ctx), { root: ctx.options.root, file, repo, dryRun: ctx.options.dryRun ?? false });
  Object.assign(ctx.result, report);
}

function writeJson(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}
