import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { recordEvent } from '../audit/events.js';
import type { PromotionConfig } from '../config/load.js';
import type { ConnectionTarget } from '../db/connection-url.js';
import { usageError } from '../errors/promote-error.js';
import type { Envelope } from '../result.js';
import { currentTime } from './clock.js';
import { localLabel, nextWindow, openWindow } from './evaluate.js';
import type { WindowInfo } from './types.js';

/** What the gate is told of the run: resolved by the engine from the command and its options. */
export interface WindowRun {
  command: string;
  /** 'guarded': refused on production outside every window; 'told': only told where it stands. */
  rules: 'guarded' | 'told' | 'none';
  /** A dry run the command honours: it changes nothing, so it is only told. */
  dryRun: boolean;
  outsideWindowReason?: string;
  config: PromotionConfig;
  target: ConnectionTarget;
}

/** Who decided to run outside the windows, for the audit trail. */
export interface WindowAudit {
  config: PromotionConfig;
  target: ConnectionTarget;
  actor: string;
}

/**
 * The runbook's "maintenance window scheduled", enforced: where the run stands goes on
 * result.window; migrate, down, restore and ramp on a production database outside every window are
 * refused before connecting (nothing touched) unless --outside-window gives a reason. With no
 * windows configured it says nothing and allows everything. A dry run changes nothing, so it
 * is only told.
 */
export function checkWindow(run: WindowRun, result: Envelope): WindowInfo | undefined {
  const { config, target } = run;
  const windows = config.maintenanceWindows;
  if (windows.length === 0 || run.rules === 'none') return undefined;
  const now = currentTime();
  const production = config.production.databases.includes(target.database);
  const open = openWindow(windows, now);
  const info: WindowInfo = { checkedAt: now.toISOString(), inside: open !== undefined, production };
  if (open) {
    Object.assign(info, {
      name: open.window.name,
      timeZone: open.window.timeZone,
      opensAt: open.opensAt.toISOString(),
      closesAt: open.closesAt.toISOString(),
      definition: open.window.text,
    });
  } else {
    const next = nextWindow(windows, now);
    if (next) info.next = { name: next.window.name, opensAt: next.opensAt.toISOString(), local: localLabel(next.opensAt, next.window.timeZone) };
  }
  result.window = info;
  if (open || !production || run.rules !== 'guarded' || run.dryRun) return info;
  const reason = run.outsideWindowReason?.trim();
  if (!reason) {
    const when = info.next ? `the next is '${info.next.name}', opening ${info.next.local}` : 'none opens within a week';
    throw usageError(
      `'${target.database}' is a production database and ${now.toISOString()} is outside every maintenance window (${config.source}: maintenance_windows; ${when}): ` +
        `${run.command} refused. Pass --outside-window REASON to run anyway (recorded in the audit trail)`,
      { key: '--outside-window' },
    );
  }
  info.overridden = { reason };
  result.warnings.push(`running ${run.command} on production database '${target.database}' outside every maintenance window: ${reason} (recorded in ${config.historyTable.schema}.promotion_events)`);
  return info;
}

/** The decision to run outside every window, into the audit trail under the run's execution id. */
export async function recordWindowOverride(client: pg.ClientBase, prepared: WindowAudit, result: Envelope, info: WindowInfo): Promise<void> {
  if (!info.overridden) return;
  result.executionId ??= randomUUID();
  await recordEvent(client, prepared.config.historyTable.schema, {
    executionId: result.executionId,
    actor: prepared.actor,
    event: 'window.overridden',
    detail: {
      command: result.command,
      database: prepared.target.database,
      target: prepared.target.display,
      reason: info.overridden.reason,
      at: info.checkedAt,
      nextWindow: info.next ?? null,
    },
  });
}
