import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InternalError } from '../errors/promote-error.js';

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
    throw new InternalError(`PostgreSQL's parser (${WASM_FILE}) is missing: it belongs next to ${fileURLToPath(import.meta.url)}`);
  }
}

async function importLibrary(): Promise<LibPgQuery> {
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
