import { I32, op, V128, wasmModule, type WasmFunction } from './wasm-binary.js';

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

/** Buffers for the file reader. */
export interface BufferArena {
  /** A buffer of `size` bytes whose first `keep` bytes are those of `current`. */
  resize(current: Buffer | undefined, keep: number, size: number): Buffer;
}

export const heapArena: BufferArena = {
  resize(current, keep, size) {
    const next = Buffer.allocUnsafe(size);
    current?.copy(next, 0, 0, keep);
    return next;
  },
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
 * without one cannot hold a protected write.
 */
export function wordPattern(names: ProtectedNames): RegExp {
  const escape = (text: string) => text.replace(/[$]/g, '\\$');
  const alternatives = [...names.schemas.map((s) => `${escape(s)}(?![A-Za-z0-9_$])`), ...names.prefixes.map(escape)];
  return new RegExp(`(?<![A-Za-z0-9_$])(?:${alternatives.join('|')})`, 'i');
}

export function createWordFilter(names: ProtectedNames): WordFilter {
  const words = [...names.schemas.map((text) => ({ text, wholeWord: true })), ...names.prefixes.map((text) => ({ text, wholeWord: false }))];
  if (words.length === 0) return regexWordFilter(names);
  const bytes = wasmModule(simdFunctions(words), 1);
  if (!WebAssembly.validate(bytes)) return regexWordFilter(names);
  return new SimdWordFilter(new WebAssembly.Instance(new WebAssembly.Module(bytes)));
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

interface ProtectedWord {
  /** Lower case ASCII, as rules.ts keeps them. */
  text: string;
  /** A schema must end at a word boundary; a prefix may run on. */
  wholeWord: boolean;
}

// Memory: a table of word characters by byte value, then the text. The scan loads 16 bytes at
// up to 2 past a position, so the text has slack after it.
const WORD_TABLE = 0;
const TEXT = 1024;
const SLACK = 32;
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

const isLetter = (c: number) => c >= 0x61 && c <= 0x7a;

/**
 * The module's two functions. `scan(start, end)` compares sixteen positions at once against
 * the first three bytes of every name, case folded with `| 0x20` (which folds letters, and
 * can only add hits elsewhere), and hands each hit to `verify(pos, start, end)`: the exact
 * comparison, ASCII letters in either case, and the word boundaries.
 */
function simdFunctions(names: readonly ProtectedWord[]): WasmFunction[] {
  // verify: params pos, start, end.
  const [pos, start, end] = [0, 1, 2];
  const verify: number[] = [
    // A word character before the name means it is inside another word.
    ...op.get(pos), ...op.get(start), ...op.gtU, ...op.if,
    ...op.get(pos), ...op.i32(1), ...op.sub, ...op.load8(), ...op.load8(WORD_TABLE), ...op.if, ...op.i32(0), ...op.return, ...op.end,
    ...op.end,
  ];
  for (const name of names) {
    const codes = [...name.text].map((ch) => ch.charCodeAt(0));
    verify.push(...op.block);
    verify.push(...op.get(pos), ...op.i32(codes.length), ...op.add, ...op.get(end), ...op.gtU, ...op.brIf(0));
    codes.forEach((c, j) => {
      verify.push(...op.get(pos), ...op.load8(j));
      if (isLetter(c)) verify.push(...op.i32(0x20), ...op.or);
      verify.push(...op.i32(c), ...op.ne, ...op.brIf(0));
    });
    if (name.wholeWord) {
      verify.push(...op.get(pos), ...op.i32(codes.length), ...op.add, ...op.get(end), ...op.ltU, ...op.if);
      verify.push(...op.get(pos), ...op.load8(codes.length), ...op.load8(WORD_TABLE), ...op.brIf(1), ...op.end);
    }
    verify.push(...op.i32(1), ...op.return, ...op.end);
  }
  verify.push(...op.i32(0));

  // scan: params start, end; locals i, bits, then the folded vectors at i, i+1, i+2.
  const [sStart, sEnd, i, bits] = [0, 1, 2, 3];
  const folded = [4, 5, 6];
  const width = Math.min(3, ...names.map((n) => n.text.length));
  const scan: number[] = [...op.get(sStart), ...op.set(i), ...op.block, ...op.loop];
  scan.push(...op.get(i), ...op.get(sEnd), ...op.geU, ...op.brIf(1));
  for (let k = 0; k < width; k++) scan.push(...op.get(i), ...op.v128Load(k), ...op.v128Splat(0x20), ...op.v128Or, ...op.set(folded[k]!));
  // Names that begin alike (eng, eng_) share one comparison.
  const heads = [...new Set(names.map((name) => name.text.slice(0, width)))];
  heads.forEach((head, n) => {
    for (let k = 0; k < width; k++) {
      scan.push(...op.get(folded[k]!), ...op.v128Splat(head.charCodeAt(k) | 0x20), ...op.i8x16Eq);
      if (k > 0) scan.push(...op.v128And);
    }
    if (n > 0) scan.push(...op.v128Or);
  });
  scan.push(...op.i8x16Bitmask, ...op.set(bits));
  scan.push(...op.block, ...op.loop);
  scan.push(...op.get(bits), ...op.eqz, ...op.brIf(1));
  scan.push(...op.get(i), ...op.get(bits), ...op.ctz, ...op.add, ...op.get(sStart), ...op.get(sEnd), ...op.call(0));
  scan.push(...op.if, ...op.i32(1), ...op.return, ...op.end);
  scan.push(...op.get(bits), ...op.get(bits), ...op.i32(1), ...op.sub, ...op.and, ...op.set(bits), ...op.br(0));
  scan.push(...op.end, ...op.end);
  scan.push(...op.get(i), ...op.i32(16), ...op.add, ...op.set(i), ...op.br(0));
  scan.push(...op.end, ...op.end, ...op.i32(0));

  return [
    { params: [I32, I32, I32], results: [I32], locals: [], body: verify },
    { params: [I32, I32], results: [I32], locals: [I32, I32, V128, V128, V128], body: scan, export: 'scan' },
  ];
}
