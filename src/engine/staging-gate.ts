import { compareWithStaging } from '../checks/staging-history.js';
import { plural } from '../checks/check.js';
import type { CheckResult } from '../checks/types.js';
import { parseDatabaseUrl } from '../db/connection-url.js';
import { openSession } from '../db/session.js';
import { CheckFailed, errorOfKind, PromoteError } from '../errors/promote-error.js';
import { readHistory } from '../migrate/history.js';
import type { PhasePlan } from '../migrate/planner.js';
import type { FilesReport } from '../result.js';
import type { CommandContext } from './context.js';

/**
 * With --staging-url: refuse pending files staging has not applied with the same checksum.
 * Staging is only read, over a connection of its own whose transactions are read-only. The
 * result is a `staging.gate` check either way, so a report can show it.
 */
export async function stagingGate(ctx: CommandContext<'plan' | 'status' | 'migrate' | 'down'>, plans: PhasePlan[], report: FilesReport): Promise<void> {
  const url = ctx.options.stagingUrl;
  if (!url) return;
  const target = parseDatabaseUrl(url, '--staging-url', ctx.options.env);
  const started = performance.now();
  let session;
  try {
    session = await openSession(target, 'pg-promote staging-gate');
  } catch (err) {
    const e = err as PromoteError;
    throw errorOfKind(e.kind ?? 'connection', `staging database: ${e.message}`, { ...e.context, key: '--staging-url' });
  }
  let rows;
  try {
    await session.client.query('SET default_transaction_read_only = on');
    rows = await readHistory(session.client, ctx.prepared.config.historyTable);
  } finally {
    await session.close();
  }
  const { considered, findings } = compareWithStaging(plans, rows);
  const check: CheckResult = {
    id: 'staging.gate',
    status: findings.length === 0 ? 'pass' : 'fail',
    summary:
      findings.length === 0
        ? `staging (${target.display}) applied all ${plural(considered, 'file')} this run would apply, with the same checksums`
        : `${plural(findings.length, 'file')} of ${considered} this run would apply ${findings.length === 1 ? 'is' : 'are'} not applied on staging (${target.display}) with the same checksum`,
    findings,
    counts: { files: considered, refused: findings.length },
    durationMs: Math.round((performance.now() - started) * 10) / 10,
  };
  report.checks = [...(report.checks ?? []), check];
  if (findings.length === 0) return;
  const first = findings[0]!;
  const more = findings.length > 1 ? ` (and ${findings.length - 1} more: ${findings.slice(1, 4).map((f) => f.object).join(', ')}${findings.length > 4 ? ', …' : ''})` : '';
  const applying = ctx.options.command === 'migrate' ? ' Nothing was applied.' : '';
  throw new CheckFailed(`staging gate: ${first.reason}${more}.${applying}`, { file: first.object, key: '--staging-url' });
}
