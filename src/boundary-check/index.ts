import { mainOrScanWorker } from '../boundary/worker-entry.js';

// This module is also the entry of the boundary scan's worker threads: a worker loads only the scan.
// The action is the boundary check: its scan workers start before anything else loads.
await mainOrScanWorker(import.meta.url, async () => (await import('./main.js')).run(), { warm: true });
