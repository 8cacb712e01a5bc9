import { heapArena, type BufferArena } from './buffer-arena.js';
import { wasmModule } from './wasm-binary.js';
import { SLACK, TEXT, wordFilterFunctions, WORD_TABLE } from './word-filter-wasm.js';

/**
 * The pre-filter: whether a file's bytes hold a protected name as a word (a protected schema
 * as a whole word, or a word starting with a protected prefix), exactly as `wordPattern`
 * matches it. Every byte of the tree passes through this test and only
 * a few percent of files pass it, so it must cost little more than reading: a small WebAssembly
 * SIMD scan over the read buffer itself, sixteen bytes a step, with no string made and nothing
 * left for the garbage collector. Where WebAssembly SIMD is missing, the regular expression over
 * a latin1 view of the bytes gives the same answers, more slowly.
 */
export interface WordFilter {
  /** 'regex' where this V8 has no WebAssembly SIMD. */
  readonly kind: 'simd' | 'regex';
  test(bytes: Uint8Array): boolean;
  /** Where the file reader should read to (reading into the filter's memory saves a copy). */
  readonly arena: BufferArena;
}

// @types/node 20 declares no WebAssembly global: the few members used here.
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmInstance {
  readonly exports: { memory: WasmMemory; scan: (start: number, end: number) => number };
}
declare const WebAssembly: {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => WasmInstance;
};

/** Every rule's protected names together: plain data, so that reader threads can be sent it. */
export interface ProtectedNames {
  schemas: string[];
  prefixes: string[];
}

export function protectedNames(rules: readonly { protectedSchemas: string[]; protectedPrefixes: string[] }[]): ProtectedNames {
  return { schemas: [...new Set(rules.flatMap((r) => r.protectedSchemas))], prefixes: [...new Set(rules.flatMap((r) => r.protectedPrefixes))] };
}

/**
 * A protected schema as a whole word, or a word that starts with a protected prefix: text
 * without one cannot hold a protected write. A word character before a name is taken as part of
 * the word unless a backslash comes before it: in a literal's source, `"INSERT INTO\neng.t"`
 * holds the word eng once the escape is decoded.
 */
export function wordPattern(names: ProtectedNames, flags = 'i'): RegExp {
  const escape = (text: string) => text.replace(/[$]/g, '\\$');
  const alternatives = [...names.schemas.map((s) => `${escape(s)}(?![A-Za-z0-9_$])`), ...names.prefixes.map(escape)];
  // One lookbehind, with the escape's backslash nested in it: an alternation of two lookbehinds
  // in front of the names made V8's matcher ten times slower over a candidate's text.
  return new RegExp(`(?<!(?<!\\\\)[A-Za-z0-9_$])(?:${alternatives.join('|')})`, flags);
}

/**
 * Where the last protected name in a file's text ends (Infinity when there is none): no literal
 * after it can hold one as the source spells it, so the scan's lex stops there.
 */
export function lastNameEnd(names: ProtectedNames): (text: string) => number {
  const pattern = wordPattern(names, 'gi');
  return (text) => {
    pattern.lastIndex = 0;
    let end = Infinity;
    while (pattern.test(text)) end = pattern.lastIndex;
    return end;
  };
}

export function createWordFilter(names: ProtectedNames): WordFilter {
  const words = [...names.schemas.map((text) => ({ text, wholeWord: true })), ...names.prefixes.map((text) => ({ text, wholeWord: false }))];
  if (words.length === 0) return regexWordFilter(names);
  const bytes = wasmModule(wordFilterFunctions(words), 1);
  if (!WebAssembly.validate(bytes)) return regexWordFilter(names);
  try {
    return new SimdWordFilter(new WebAssembly.Instance(new WebAssembly.Module(bytes)));
  } catch {
    // Valid but not compiled here (a memory limit, say): the same answers, more slowly.
    return regexWordFilter(names);
  }
}

export function regexWordFilter(names: ProtectedNames): WordFilter {
  const word = wordPattern(names);
  return {
    kind: 'regex',
    arena: heapArena,
    // latin1 is a byte-for-byte view; protected names are ASCII (rules.ts checks), so matching
    // the UTF-8 bytes as latin1 finds exactly the names the decoded text holds.
    test: (bytes) => word.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1')),
  };
}

const PAGE = 64 * 1024;
const WORD_CHARS = /[A-Za-z0-9_$]/;

class SimdWordFilter implements WordFilter {
  readonly kind = 'simd';
  private readonly memory: WasmMemory;
  private readonly scan: (start: number, end: number) => number;

  readonly arena: BufferArena = { resize: (current, keep, size) => this.resize(current, keep, size) };

  constructor(instance: WasmInstance) {
    this.memory = instance.exports.memory;
    this.scan = instance.exports.scan;
    const table = new Uint8Array(this.memory.buffer, WORD_TABLE, 256);
    for (let c = 0; c < 256; c++) table[c] = WORD_CHARS.test(String.fromCharCode(c)) ? 1 : 0;
  }

  test(bytes: Uint8Array): boolean {
    if (bytes.buffer !== this.memory.buffer || bytes.byteOffset !== TEXT) {
      this.reserve(bytes.length);
      new Uint8Array(this.memory.buffer, TEXT, bytes.length).set(bytes);
    }
    return this.scan(TEXT, TEXT + bytes.length) === 1;
  }

  private resize(current: Buffer | undefined, keep: number, size: number): Buffer {
    const inPlace = current !== undefined && current.buffer === this.memory.buffer && current.byteOffset === TEXT;
    const kept = inPlace || current === undefined ? undefined : Buffer.from(current.subarray(0, keep));
    this.reserve(size);
    const next = Buffer.from(this.memory.buffer, TEXT, size);
    kept?.copy(next);
    return next;
  }

  /** Grows the memory to hold `size` bytes of text (growing keeps what is there, and detaches old views). */
  private reserve(size: number): void {
    const needed = Math.ceil((TEXT + size + SLACK) / PAGE);
    const pages = this.memory.buffer.byteLength / PAGE;
    if (needed > pages) this.memory.grow(needed - pages);
  }
}
