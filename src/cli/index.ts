#!/usr/bin/env node
import { mainOrScanWorker } from '../boundary/worker-entry.js';

// This module is also the entry of the boundary scan's worker threads: a worker loads only the scan.
// `pg-promote boundary-check` starts them before loading anything else (src/boundary/worker-entry.ts).
const warm = process.argv[2] === 'boundary-check';
await mainOrScanWorker(import.meta.url, async () => {
  const { main } = await import('./main.js');
  const code = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  });
  process.exitCode = code;
}, { warm });
