/**
 * Ctrl-C, or a cancelled CI job (SIGINT, then SIGTERM), while a ramp watches its gates: the
 * watch stops at once and the flag is set back, rather than the process dying with the flag
 * moved and nobody watching it. Held only for the watch; afterwards signals act as usual.
 */
export class Interruption {
  private readonly controller = new AbortController();
  private readonly onSignal = (signal: NodeJS.Signals) => this.controller.abort(signal);

  constructor() {
    process.on('SIGINT', this.onSignal);
    process.on('SIGTERM', this.onSignal);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The signal that stopped the watch, if one did. */
  get by(): string | undefined {
    return this.controller.signal.aborted ? String(this.controller.signal.reason) : undefined;
  }

  dispose(): void {
    process.off('SIGINT', this.onSignal);
    process.off('SIGTERM', this.onSignal);
  }
}
