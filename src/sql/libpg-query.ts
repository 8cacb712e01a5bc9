import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { PromoteError } from '../errors/promote-error.js';

/**
 * PostgreSQL's own parser (libpg_query compiled to WebAssembly), for lint and the boundary
 * check. It is imported lazily, once per process: libpg-query starts compiling its WebAssembly
 * as soon as it is imported, which no other command (nor the CLI's cold start) should pay.
 */
export type LibPgQuery = typeof import('libpg-query');

export const WASM_FILE = 'libpg-query.wasm';

let loading: Promise<LibPgQuery> | undefined;

export function loadLibPgQuery(): Promise<LibPgQuery> {
  loading ??= importLibrary();
  return loading;
}

/**
 * Where libpg-query.wasm is: next to the running bundle (scripts/build.mjs copies it into each
 * ncc output folder, since bundlers cannot see the loader's reference to it), else in
 * node_modules when running from the sources.
 */
export function wasmDirectory(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  if (existsSync(path.join(here, WASM_FILE))) return here;
  try {
    return path.dirname(createRequire(import.meta.url).resolve(`libpg-query/wasm/${WASM_FILE}`));
  } catch {
    throw new PromoteError('internal', `PostgreSQL's parser (${WASM_FILE}) is missing: it belongs next to ${fileURLToPath(import.meta.url)}`);
  }
}

async function importLibrary(): Promise<LibPgQuery> {
  keepBaselineCode();
  // Emscripten's loader finds the .wasm through the CommonJS free variable __dirname, which an
  // ES module bundle lacks: it is provided for the moment the module initialises.
  const g = globalThis as { __dirname?: string };
  const provided = g.__dirname === undefined;
  if (provided) g.__dirname = wasmDirectory();
  try {
    const lib = await import('libpg-query');
    await lib.loadModule();
    return lib;
  } finally {
    if (provided) delete g.__dirname;
  }
}

/**
 * The parser runs on V8's baseline WebAssembly code (Liftoff) only. By default V8 recompiles a
 * module's hot functions with its optimizing compiler on background threads, in every thread
 * that loads it, and this module's hot functions are large (the generated grammar is one huge
 * function). On a 2-core runner the boundary check's threads spent that CPU time waiting: on
 * Node 24, 3,000 parses cost 0.34 s of background compiling and ran no faster for it. The parse
 * itself is a small part of any command.
 *
 * The flags are read when a module is compiled, so they are set before it is. They hold for
 * every WebAssembly module the process compiles afterwards, the boundary check's pre-filter
 * among them (simple code, about a fifth slower on baseline code). Node 24's V8 no longer
 * derives the other two from --liftoff-only when it is set at run time, so all three are given.
 * A V8 that lacks one of them would complain on stderr: they are set only on the V8 versions
 * they are known on (Node 20 to 24).
 */
const BASELINE_ONLY = '--liftoff-only --no-wasm-tier-up --no-wasm-dynamic-tiering';
const NEWEST_V8_KNOWN = 13;

function keepBaselineCode(): void {
  if (Number(process.versions.v8.split('.')[0]) <= NEWEST_V8_KNOWN) setFlagsFromString(BASELINE_ONLY);
}
