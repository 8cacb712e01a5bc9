// A reader thread started directly by a test (boundary.test.ts). The thread has no loader for
// TypeScript of its own, so it registers tsx's before importing the sources.
import { register } from 'tsx/esm/api';

register();
const { serveReadWorker } = await import('../../src/boundary/read-worker.ts');
await serveReadWorker();
