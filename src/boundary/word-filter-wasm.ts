import { I32, op, V128, type WasmFunction } from './wasm-binary.js';

/**
 * The word pre-filter's WebAssembly code (src/boundary/word-filter.ts), generated for the
 * protected names at hand so that they are constants in it.
 */
export interface ProtectedWord {
  /** Lower case ASCII, as rules.ts keeps them. */
  text: string;
  /** A schema must end at a word boundary; a prefix may run on. */
  wholeWord: boolean;
}

// Memory: a table of word characters by byte value, then the text. The scan loads 16 bytes at
// up to 2 past a position, so the text has slack after it.
export const WORD_TABLE = 0;
export const TEXT = 1024;
export const SLACK = 32;

const isLetter = (c: number) => c >= 0x61 && c <= 0x7a;
const BACKSLASH = 0x5c;

/**
 * The module's two functions. `scan(start, end)` compares sixteen positions at once against
 * the first bytes of every name (three, or the shortest name's length; names that begin alike
 * share one comparison), case folded with `| 0x20` (which folds letters, and can only add hits
 * elsewhere), and hands each hit to `verify(pos, start, end)`: the exact comparison, ASCII
 * letters in either case, and the word boundaries (as `wordPattern` in word-filter.ts draws them).
 */
export function wordFilterFunctions(names: readonly ProtectedWord[]): WasmFunction[] {
  // verify: params pos, start, end.
  const [pos, start, end] = [0, 1, 2];
  const verify: number[] = [
    // A word character before the name means it is inside another word, unless a backslash
    // comes before that: an escape (`\neng`) ends in a letter, but decodes to no word character.
    ...op.get(pos), ...op.get(start), ...op.gtU, ...op.if,
    ...op.get(pos), ...op.i32(1), ...op.sub, ...op.load8(), ...op.load8(WORD_TABLE), ...op.if,
    ...op.block,
    ...op.get(pos), ...op.i32(1), ...op.sub, ...op.get(start), ...op.gtU, ...op.if,
    ...op.get(pos), ...op.i32(2), ...op.sub, ...op.load8(), ...op.i32(BACKSLASH), ...op.eq, ...op.brIf(1),
    ...op.end,
    ...op.i32(0), ...op.return,
    ...op.end,
    ...op.end,
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
