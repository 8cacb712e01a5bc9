/**
 * Offsets, lines and columns in SQL text. JavaScript strings index UTF-16 code units, editors
 * and PostgreSQL count characters (code points), so every conversion between them lives here.
 */

export interface LineColumn {
  line: number;
  column: number;
}

const LF = 0x0a;
const CR = 0x0d;

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function clampOffset(text: string, offset: number): number {
  if (!Number.isFinite(offset) || offset <= 0) return 0;
  return Math.min(Math.floor(offset), text.length);
}

/** Code points in text[from, to); a pair split by `to` counts its high half as one. */
export function countCodePoints(text: string, from: number, to: number): number {
  let count = 0;
  let i = from;
  while (i < to) {
    i += isHighSurrogate(text.charCodeAt(i)) && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    count++;
  }
  return count;
}

/**
 * Answers line/column questions for one text. Queries in increasing offset order cost O(text)
 * in total, which matters for a file of thousands of statements on one long line; an earlier
 * offset just starts over from the top.
 */
export class LineLocator {
  private line = 1;
  private lineStart = 0;
  /** Index of the terminator (\r or \n) ending the current line, or text.length. */
  private lineEnd = -1;
  /** Code points counted on the current line from lineStart up to countedTo. */
  private countedTo = 0;
  private counted = 0;

  constructor(private readonly text: string) {}

  locate(utf16Offset: number): LineColumn {
    const text = this.text;
    const target = clampOffset(text, utf16Offset);
    if (target < this.lineStart) this.restart();
    for (;;) {
      const end = this.currentLineEnd();
      if (target <= end || end >= text.length) break;
      const terminatorEnd = text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
      // Between the \r and \n of one terminator: still the end of this line, not the next.
      if (target < terminatorEnd) break;
      this.line++;
      this.lineStart = terminatorEnd;
      this.lineEnd = -1;
      this.countedTo = terminatorEnd;
      this.counted = 0;
    }
    const upTo = Math.min(target, this.currentLineEnd());
    if (upTo < this.countedTo) {
      this.countedTo = this.lineStart;
      this.counted = 0;
    }
    const count = this.counted + countCodePoints(text, this.countedTo, upTo);
    // Never remember a position inside a surrogate pair: the next count would split the pair.
    if (!(upTo > 0 && isHighSurrogate(text.charCodeAt(upTo - 1)) && isLowSurrogate(text.charCodeAt(upTo)))) {
      this.countedTo = upTo;
      this.counted = count;
    }
    return { line: this.line, column: count + 1 };
  }

  private restart(): void {
    this.line = 1;
    this.lineStart = 0;
    this.lineEnd = -1;
    this.countedTo = 0;
    this.counted = 0;
  }

  private currentLineEnd(): number {
    if (this.lineEnd < 0) {
      const text = this.text;
      let i = this.lineStart;
      while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === LF || c === CR) break;
        i++;
      }
      this.lineEnd = i;
    }
    return this.lineEnd;
  }
}

export function lineColumnAt(text: string, utf16Offset: number): LineColumn {
  return new LineLocator(text).locate(utf16Offset);
}

export function utf16OffsetOfCodePoint(text: string, codePointIndex0: number): number {
  if (!Number.isFinite(codePointIndex0) || codePointIndex0 <= 0) return 0;
  const wanted = Math.floor(codePointIndex0);
  let i = 0;
  let seen = 0;
  while (i < text.length && seen < wanted) {
    i += isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    seen++;
  }
  return i;
}

/** UTF-16 offset of the last code point of a non-empty text. */
function lastCharOffset(text: string): number {
  const n = text.length;
  return n >= 2 && isLowSurrogate(text.charCodeAt(n - 1)) && isHighSurrogate(text.charCodeAt(n - 2)) ? n - 2 : n - 1;
}

export function errorLocation(
  fileText: string,
  statement: { start: number; text: string },
  serverPosition: number | undefined,
): LineColumn {
  const start = clampOffset(fileText, statement.start);
  let within = 0;
  // Positions come off the wire as text; anything unusable falls back to the statement's start.
  if (serverPosition !== undefined && Number.isFinite(serverPosition) && statement.text.length > 0) {
    within = utf16OffsetOfCodePoint(statement.text, Math.max(1, Math.floor(serverPosition)) - 1);
    if (within >= statement.text.length) within = lastCharOffset(statement.text);
  }
  return lineColumnAt(fileText, start + within);
}
