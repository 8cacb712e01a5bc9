#!/usr/bin/env node
import { mainOrScanWorker } from '../boundary/worker-entry.js';

// This module is also the entry of the boundary scan's worker threads: a worker loads only the scan.
// `pg-promote boundary-check` starts them before loading anything else (src/boundary/worker-entry.ts).
const warm = process.argv[2] === 'boundary-check';
await mainOrScanWorker(import.meta.url, async () => {
  const { main } = await import('./main.js');
  // A reader that goes away (`pg-promote migrate | head -4`) ends the output, not the run: what
  // would be printed after it is dropped quietly (no EPIPE stack trace), and a migration is
  // never cut short because its log is no longer read.
  let stdoutOpen = true;
  let stderrOpen = true;
  process.stdout.on('error', () => (stdoutOpen = false));
  process.stderr.on('error', () => (stderrOpen = false));
  const code = await main(process.argv.slice(2), {
    stdout: (text) => stdoutOpen && process.stdout.write(text),
    stderr: (text) => stderrOpen && process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  });
  process.exitCode = code;
  if (warm) {
    // A natural exit first waits for V8's background work (compiles, the collector's sweeping),
    // worth nothing to a process about to end: it cost the check about 0.1 s when measured.
    // Leaving by process.exit skips it, once the output has been flushed (pipes are not
    // synchronous everywhere).
    await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
    await new Promise<void>((resolve) => process.stderr.write('', () => resolve()));
    process.exit(code);
  }
}, { warm });
