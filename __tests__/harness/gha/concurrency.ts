import type { Cancellation } from './cancellation.js';
import { evaluate, truthy, type Value } from './expressions.js';

/**
 * Concurrency groups. One holder runs per group. A newcomer waits behind it; by default only
 * one may wait, so a newer one cancels the pending one (GitHub's long-standing behaviour);
 * with `queue: max` (2026-05-07) every pending one is kept, in order. cancel-in-progress
 * cancels the holder and everything pending.
 */
export interface ConcurrencySetting {
  group: string;
  cancelInProgress: boolean;
  queue: 'single' | 'max';
}

export interface Holder {
  /** Called when the holder is cancelled by a newer run in the group. */
  cancel(reason: string): void;
  /** Called (synchronously) the moment the holder gets the group. */
  granted?(): void;
}

interface Waiter {
  holder: Holder;
  grant: (granted: boolean) => void;
}

export class ConcurrencyGroups {
  private readonly running = new Map<string, Holder>();
  private readonly pending = new Map<string, Waiter[]>();

  /** Resolves true when the holder may run, false when it was cancelled while pending. */
  acquire(setting: ConcurrencySetting, holder: Holder): Promise<boolean> {
    const { group } = setting;
    const queue = this.pending.get(group) ?? [];
    this.pending.set(group, queue);
    if (setting.cancelInProgress) {
      for (const w of queue.splice(0)) this.drop(w, group);
      this.running.get(group)?.cancel(`Canceling since a higher priority waiting request for ${group} exists`);
    } else if (setting.queue !== 'max') {
      for (const w of queue.splice(0)) this.drop(w, group);
    }
    if (!this.running.has(group)) {
      this.running.set(group, holder);
      holder.granted?.();
      return Promise.resolve(true);
    }
    return new Promise((grant) => queue.push({ holder, grant }));
  }

  release(group: string, holder: Holder): void {
    if (this.running.get(group) !== holder) return;
    this.running.delete(group);
    const next = this.pending.get(group)?.shift();
    if (next) {
      this.running.set(group, next.holder);
      next.holder.granted?.();
      next.grant(true);
    }
  }

  /**
   * Runs fn holding the group (at once when there is none). `entered` is called once the holder
   * runs or waits in the group, `granted` the moment it gets it; one cancelled while pending never runs.
   */
  async hold(setting: ConcurrencySetting | undefined, cancellation: Cancellation, entered: () => void, granted: () => void, fn: () => Promise<void>): Promise<void> {
    if (!setting) {
      granted();
      entered();
      return fn();
    }
    const holder = { cancel: (reason: string) => cancellation.cancel(reason), granted };
    const acquired = this.acquire(setting, holder);
    entered();
    try {
      if ((await acquired) && !cancellation.cancelled) await fn();
      else cancellation.cancel(cancellation.reason ?? 'canceled while pending');
    } finally {
      this.release(setting.group, holder);
    }
  }

  private drop(waiter: Waiter, group: string): void {
    waiter.holder.cancel(`Canceling since a higher priority waiting request for ${group} exists`);
    waiter.grant(false);
  }
}

/** A workflow's or job's `concurrency:` (a group name, or group, cancel-in-progress and queue). */
export function parseConcurrency(value: Value | undefined, contexts: Record<string, unknown>, where: string): ConcurrencySetting | undefined {
  if (value === undefined || value === null) return undefined;
  const v = evaluate(value, contexts, where);
  if (typeof v === 'string') return { group: v, cancelInProgress: false, queue: 'single' };
  const o = v as { group?: string; 'cancel-in-progress'?: unknown; queue?: string };
  if (!o.group) throw new Error(`${where}: group is empty`);
  const queue = o.queue ?? 'single';
  if (queue !== 'single' && queue !== 'max') throw new Error(`${where}: queue must be single or max`);
  return { group: String(o.group), cancelInProgress: truthy(o['cancel-in-progress']), queue };
}
