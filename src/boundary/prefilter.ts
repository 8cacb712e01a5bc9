import type { CompiledRule } from './rules.js';

/**
 * A protected name as a word, in any case (SQL folds unquoted names). A word character before
 * a name makes it part of another word, unless a backslash comes before that: in a literal's
 * source, `"INSERT INTO\neng.t"` holds the word eng once the escape is decoded. The lexer reads
 * an interpolation as `__`, so `eng${x}` is a name starting with eng_: a prefix's head before
 * an underscore, followed by an interpolation's opener, counts too.
 */
export function wordPattern(rules: readonly CompiledRule[]): RegExp {
  const escape = (text: string) => text.replace(/[$]/g, '\\$');
  const schemas = [...new Set(rules.flatMap((r) => r.protectedSchemas))];
  const prefixes = [...new Set(rules.flatMap((r) => r.protectedPrefixes))];
  const heads = prefixes.flatMap((p) => [...p].flatMap((c, k) => (c === '_' && k > 0 ? [`${escape(p.slice(0, k))}(?=[$]|#?\\{)`] : [])));
  const alternatives = [...schemas.map((s) => `${escape(s)}(?![A-Za-z0-9_$])`), ...prefixes.map(escape), ...heads];
  // One lookbehind with the escape's backslash nested in it: V8 runs two lookbehinds far slower (bench/results.md, boundary check).
  return new RegExp(`(?<!(?<!\\\\)[A-Za-z0-9_$])(?:${alternatives.join('|')})`, 'i');
}

// An ORM writes through a table, entity or model whose protected name may be in another file
// (src/boundary/orms/models.ts): a script with a write call on anything is looked at too.
const SCRIPT = /\.[cm]?[jt]sx?$/;
const ORM_WRITE = /\.\s*(?:insert|update|delete|save|upsert|remove|softDelete|restore|increment|decrement|create|createMany|createManyAndReturn|updateMany|updateManyAndReturn|deleteMany)\s*\(/;

/**
 * The pre-filter, on a file's raw bytes: 'name' when they hold a protected name as a word, 'orm'
 * when a script holds only an ORM-like write call. Most files hold neither: a file without a
 * protected name cannot write one in SQL, and only the files that pass are lexed. latin1 is a
 * byte-for-byte view, and protected names are ASCII (the config's schema checks), so the pattern
 * finds in it exactly the names the UTF-8 text holds; a regular expression rather than
 * Buffer.indexOf, since names match in any case.
 */
export function preFilter(rules: readonly CompiledRule[]): (bytes: Buffer, file?: string) => 'name' | 'orm' | undefined {
  const word = wordPattern(rules);
  return (bytes, file = '') => {
    const text = bytes.toString('latin1');
    return word.test(text) ? 'name' : SCRIPT.test(file) && ORM_WRITE.test(text) ? 'orm' : undefined;
  };
}
