import { readerOrMain } from '../boundary/reader-threads.js';

// This module is also the entry of the boundary scan's reader threads: a reader loads only its reading.
await readerOrMain(import.meta.url, async () => (await import('./main.js')).run());
