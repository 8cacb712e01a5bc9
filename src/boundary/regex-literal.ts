import { isNl } from './tokens.js';

/**
 * Where a JavaScript-style regular expression literal opening at `i` ends (after its flags), or
 * -1 when the line ends first: then the slash was division. A quote inside /['"]/ is no string.
 */
export function regexLiteralEnd(src: string, i: number): number {
  const n = src.length;
  let inClass = false;
  for (let j = i + 1; j < n; j++) {
    const c = src[j]!;
    if (isNl(c)) return -1;
    if (c === '\\') j++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) {
      let k = j + 1;
      while (k < n && /[a-z]/.test(src[k]!)) k++;
      return k;
    }
  }
  return -1;
}
