#!/usr/bin/env node
import { main } from './main.js';

// A reader that goes away (`pg-promote migrate | head -4`) ends the output, not the run: what
// would be printed after it is dropped quietly (no EPIPE stack trace), and a migration is
// never cut short because its log is no longer read.
let stdoutOpen = true;
let stderrOpen = true;
process.stdout.on('error', () => (stdoutOpen = false));
process.stderr.on('error', () => (stderrOpen = false));
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => stdoutOpen && process.stdout.write(text),
  stderr: (text) => stderrOpen && process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
});
