/**
 * Scanning a large tree uses worker threads, and a worker thread needs a module to start from.
 * Only an adapter's entry module knows it can serve as one (it checks isMainThread first), so
 * it offers itself here; without an offer (the engine used as a library, tests in-process) the
 * scan stays on the calling thread. No imports: entry modules load this before anything else.
 */
let offered: URL | undefined;

export function offerScanWorkerEntry(entry: string | URL): void {
  offered = new URL(entry);
}

export function scanWorkerEntry(): URL | undefined {
  return offered;
}
