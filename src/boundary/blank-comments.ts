import type { LanguageProfile } from './languages.js';
import { isNl } from './tokens.js';

/** Source text with comments blanked (offsets kept): for whole-text files such as YAML. */
export function blankComments(src: string, profile: LanguageProfile): string {
  if (profile.lineComments.length === 0) return src;
  const out = src.split('');
  let quote: string | undefined;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (isNl(c)) quote = undefined;
    else if (quote) {
      if (c === quote) quote = undefined;
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s:\-[{,]/.test(src[i - 1]!))) quote = c;
    else if (profile.lineComments.some((lc) => src.startsWith(lc, i)) && (i === 0 || /\s/.test(src[i - 1]!))) {
      while (i < src.length && !isNl(src[i])) out[i++] = ' ';
      i--;
    }
  }
  return out.join('');
}
