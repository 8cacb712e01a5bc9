import { isMainThread, workerData } from 'node:worker_threads';

/**
 * Scanning a large tree uses worker threads, and a worker thread needs a module to start from.
 * Only an adapter's entry module knows it can serve as one, so it hands itself and its main
 * function to `mainOrScanWorker`: on the main thread that offers the entry and runs main; in
 * a scan worker it runs the scan alone. Without an offer (the engine used as a library, tests
 * in-process) the scan stays on the calling thread. Nothing heavy is imported here: entry
 * modules load this before anything else.
 */
let offered: URL | undefined;

export function scanWorkerEntry(): URL | undefined {
  return offered;
}

export async function mainOrScanWorker(entry: string | URL, main: () => Promise<void>): Promise<void> {
  if (isMainThread) {
    offered = new URL(entry);
    await main();
    return;
  }
  const { isScanWorker, serveScanWorker } = await import('./scan-worker.js');
  if (isScanWorker(workerData)) await serveScanWorker();
}
