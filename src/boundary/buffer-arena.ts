/**
 * Where the file reader reads to. By default plain buffers; the word pre-filter offers its
 * WebAssembly memory instead (src/boundary/word-filter.ts), so that what was read is tested
 * where it lies, with no copy per file.
 */
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
