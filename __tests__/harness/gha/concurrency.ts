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

  /** Whether a holder is waiting in some group (for tests that look at a queue). */
  pendingIn(group: string): number {
    return this.pending.get(group)?.length ?? 0;
  }

  private drop(waiter: Waiter, group: string): void {
    waiter.holder.cancel(`Canceling since a higher priority waiting request for ${group} exists`);
    waiter.grant(false);
  }
}
