import { isMainThread, workerData } from 'node:worker_threads';
import { offerScanWorkerEntry } from '../boundary/worker-entry.js';

// This module is also the entry of the boundary scan's worker threads: a worker loads only the scan.
if (isMainThread) {
  offerScanWorkerEntry(import.meta.url);
  await (await import('./main.js')).run();
} else {
  const { isScanWorker, serveScanWorker } = await import('../boundary/scan-worker.js');
  if (isScanWorker(workerData)) await serveScanWorker();
}
