/**
 * The pre-filter: whether a file's bytes hold a protected name as a word (a protected schema as
 * a whole word, or a word starting with a protected prefix). A file without one cannot hold a
 * protected write, and most files have none: only the files that pass are lexed and classified.
 */
export type Protecting = readonly { protectedSchemas: string[]; protectedPrefixes: string[] }[];

/**
 * A protected name as a word, in any case (SQL folds unquoted names). A word character before
 * a name makes it part of another word, unless a backslash comes before that: in a literal's
 * source, `"INSERT INTO\neng.t"` holds the word eng once the escape is decoded. The lexer reads
 * an interpolation as `__`, so `eng${x}` is a name starting with eng_: a prefix's head before
 * an underscore, followed by an interpolation's opener, counts too.
 */
export function wordPattern(rules: Protecting): RegExp {
  const escape = (text: string) => text.replace(/[$]/g, '\\$');
  const schemas = [...new Set(rules.flatMap((r) => r.protectedSchemas))];
  const prefixes = [...new Set(rules.flatMap((r) => r.protectedPrefixes))];
  const heads = prefixes.flatMap((p) => [...p].flatMap((c, k) => (c === '_' && k > 0 ? [`${escape(p.slice(0, k))}(?=[$]|#?\\{)`] : [])));
  const alternatives = [...schemas.map((s) => `${escape(s)}(?![A-Za-z0-9_$])`), ...prefixes.map(escape), ...heads];
  // One lookbehind with the escape's backslash nested in it: V8 runs two lookbehinds far slower (bench/results.md, boundary check).
  return new RegExp(`(?<!(?<!\\\\)[A-Za-z0-9_$])(?:${alternatives.join('|')})`, 'i');
}

/**
 * The test on a file's raw bytes. latin1 is a byte-for-byte view, and protected names are ASCII
 * (rules.ts checks), so the pattern finds in it exactly the names the UTF-8 text holds. A
 * regular expression rather than Buffer.indexOf: names match in any case.
 */
export function preFilter(rules: Protecting): (bytes: Buffer) => boolean {
  const word = wordPattern(rules);
  return (bytes) => word.test(bytes.toString('latin1'));
}

// An ORM writes through a table, entity or model whose protected name may be in another file
// (src/boundary/orms/models.ts): a script with a write call on anything is looked at too.
const SCRIPT = /\.[cm]?[jt]sx?$/;
const ORM_WRITE = /\.\s*(?:insert|update|delete|save|upsert|remove|softDelete|restore|increment|decrement|create|createMany|createManyAndReturn|updateMany|updateManyAndReturn|deleteMany)\s*\(/;

export function ormCall(bytes: Buffer, file: string): boolean {
  return SCRIPT.test(file) && ORM_WRITE.test(bytes.toString('latin1'));
}
