#!/usr/bin/env node
import { readerOrMain } from '../boundary/reader-threads.js';

// This module is also the entry of the boundary scan's reader threads: a reader loads only its reading.
await readerOrMain(import.meta.url, async () => {
  const { main } = await import('./main.js');
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  });
});
