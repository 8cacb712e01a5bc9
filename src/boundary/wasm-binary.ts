/**
 * Just enough of the WebAssembly binary format to build one small module at run time: the word
 * pre-filter (word-filter.ts) compiles its protected names into the code as constants, which a
 * module shipped prebuilt could not do. Instructions are written as bytes with the helpers
 * below; the module has one memory and exports it with its functions.
 */
export const I32 = 0x7f;
export const V128 = 0x7b;
/** A block, loop or if that leaves nothing on the stack. */
const EMPTY = 0x40;

export const op = {
  block: [0x02, EMPTY],
  loop: [0x03, EMPTY],
  if: [0x04, EMPTY],
  end: [0x0b],
  br: (depth: number) => [0x0c, ...uleb(depth)],
  brIf: (depth: number) => [0x0d, ...uleb(depth)],
  return: [0x0f],
  call: (fn: number) => [0x10, ...uleb(fn)],
  get: (local: number) => [0x20, ...uleb(local)],
  set: (local: number) => [0x21, ...uleb(local)],
  tee: (local: number) => [0x22, ...uleb(local)],
  /** i32.load8_u at the address on the stack plus `offset`. */
  load8: (offset = 0) => [0x2d, 0, ...uleb(offset)],
  i32: (value: number) => [0x41, ...sleb(value)],
  eqz: [0x45],
  eq: [0x46],
  ne: [0x47],
  ltU: [0x49],
  gtU: [0x4b],
  geU: [0x4f],
  ctz: [0x68],
  add: [0x6a],
  sub: [0x6b],
  and: [0x71],
  or: [0x72],
  /** v128.load at the address on the stack plus `offset` (unaligned is allowed). */
  v128Load: (offset = 0) => [0xfd, ...uleb(0x00), 0, ...uleb(offset)],
  /** A v128 constant with every byte set to `byte`. */
  v128Splat: (byte: number) => [0xfd, ...uleb(0x0c), ...new Array<number>(16).fill(byte & 0xff)],
  i8x16Eq: [0xfd, ...uleb(0x23)],
  v128And: [0xfd, ...uleb(0x4e)],
  v128Or: [0xfd, ...uleb(0x50)],
  i8x16Bitmask: [0xfd, ...uleb(0x64)],
} as const;

export interface WasmFunction {
  params: number[];
  results: number[];
  /** Extra locals, numbered after the parameters. */
  locals: number[];
  body: number[];
  /** Exported under this name. */
  export?: string;
}

/** A module of `functions` (indexed in order) and one memory of `pages` 64 KiB pages, exported as "memory". */
export function wasmModule(functions: readonly WasmFunction[], pages: number): Uint8Array {
  const types = functions.map((f) => [0x60, ...vec(f.params.map((p) => [p])), ...vec(f.results.map((r) => [r]))]);
  const exports = [
    [...name('memory'), 0x02, 0],
    ...functions.flatMap((f, i) => (f.export ? [[...name(f.export), 0x00, ...uleb(i)]] : [])),
  ];
  const codes = functions.map((f) => {
    const locals = vec(f.locals.map((type) => [1, type]));
    const body = [...locals, ...f.body, ...op.end];
    return [...uleb(body.length), ...body];
  });
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec(types)),
    ...section(3, vec(functions.map((_, i) => uleb(i)))),
    ...section(5, vec([[0x00, ...uleb(pages)]])),
    ...section(7, vec(exports)),
    ...section(10, vec(codes)),
  ]);
}

function section(id: number, content: number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}

function vec(items: readonly number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

function name(text: string): number[] {
  const bytes = [...Buffer.from(text, 'utf8')];
  return [...uleb(bytes.length), ...bytes];
}

export function uleb(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    const byte = v & 0x7f;
    v >>>= 7;
    out.push(v === 0 ? byte : byte | 0x80);
  } while (v !== 0);
  return out;
}

export function sleb(value: number): number[] {
  const out: number[] = [];
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    const done = (v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}
