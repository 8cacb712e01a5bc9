/**
 * Who gets cancelled: a run (cancel, or a newer run in its concurrency group), and below it a
 * matrix (fail-fast) and a job. Cancelling a scope cancels every scope under it.
 */
export class Cancellation {
  private readonly listeners = new Set<(reason: string) => void>();
  reason: string | undefined;

  constructor(...parents: Cancellation[]) {
    for (const parent of parents) parent.onCancel((reason) => this.cancel(reason));
  }

  get cancelled(): boolean {
    return this.reason !== undefined;
  }

  cancel(reason: string): void {
    if (this.cancelled) return;
    this.reason = reason;
    for (const listener of [...this.listeners]) listener(reason);
  }

  /** Calls fn when cancelled (at once if already); returns a function that stops listening. */
  onCancel(fn: (reason: string) => void): () => void {
    if (this.cancelled) {
      fn(this.reason!);
      return () => {};
    }
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}
