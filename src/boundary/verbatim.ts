import type { Interpolation, QuoteForm } from './languages.js';

// Per closing delimiter and string kind: a run of characters that are text as they stand (no
// escape, interpolation, line end where one is not allowed, or start of the delimiter). A
// language's own forms are looked up by object, without building a key for every literal.
const plainRuns = new Map<string, RegExp>();
const plainRunsByForm = new WeakMap<QuoteForm, RegExp>();

function plainRun(close: string, escapes: string, multiline: boolean, interpolation: Interpolation | undefined): RegExp {
  const key = `${close}\0${escapes}\0${multiline}\0${interpolation ?? ''}`;
  let run = plainRuns.get(key);
  if (!run) {
    // A backslash always leaves the fast path: it may escape, or open an interpolation.
    let stops = `${close[0]}\\`;
    if (!multiline) stops += '\n\r';
    if (interpolation) stops += interpolation.replace(/[\\()]/g, '');
    run = new RegExp(`[^${stops.replace(/[\\\]^-]/g, '\\$&')}]*`, 'y');
    plainRuns.set(key, run);
  }
  return run;
}

/**
 * Where a literal whose text is its source verbatim closes (the index of its closing
 * delimiter), or -1 when it is not that simple (escapes, interpolations, a doubled quote, no
 * close): the lexer's character loop then decides, as for every literal before this path.
 */
export function verbatimEnd(src: string, from: number, form: QuoteForm, close: string, escapes: string, interpolation: Interpolation | undefined): number {
  const multiline = form.multiline;
  const run = plainRunFor(form, close, escapes, interpolation);
  const first = close[0]!;
  let k = from;
  for (;;) {
    run.lastIndex = k;
    run.test(src);
    k = run.lastIndex;
    if (k >= src.length) return -1;
    if (src.startsWith(close, k)) return escapes === 'doubled' && src.startsWith(close, k + close.length) ? -1 : k;
    if (src[k] !== first) return -1;
    // Part of a longer delimiter ('"' inside '"""'): text, unless it is a stop on its own.
    if (first === '\\' || (!multiline && (first === '\n' || first === '\r')) || (interpolation ?? '').includes(first)) return -1;
    k++;
  }
}

/** The sticky pattern of a literal's characters that are text as they stand (see plainRun). */
export function plainRunFor(form: QuoteForm, close: string, escapes: string, interpolation: Interpolation | undefined): RegExp {
  const own = close === form.close && escapes === form.escapes && interpolation === form.interpolation;
  let run = own ? plainRunsByForm.get(form) : undefined;
  if (!run) {
    run = plainRun(close, escapes, form.multiline, interpolation);
    if (own) plainRunsByForm.set(form, run);
  }
  return run;
}
