import { lastOffsetOf, offsetOf, type StrToken, type Token } from './tokens.js';
import type { WriteTarget } from './types.js';

/**
 * Writes through query builders, where no SQL text exists: supabase-js
 * (`.schema('eng').from('x').insert()`), knex (`knex('eng.x').update()`, `.withSchema('eng')`,
 * `knex.schema.createTable('eng_x')`), Kysely (`insertInto('eng.x')`) and look-alikes in other
 * languages (`DB::table('eng_x')->insert()`). A chain is read in both directions from its write
 * call, across lines and comments, since the lexer has already dropped both.
 */

const WRITE_METHODS: Record<string, string> = {
  ...Object.fromEntries(['insert', 'upsert', 'insertInto', 'replaceInto', 'insert_many', 'bulk_insert'].map((m) => [m, 'INSERT'])),
  ...Object.fromEntries(['update', 'updateTable'].map((m) => [m, 'UPDATE'])),
  ...Object.fromEntries(['delete', 'del', 'deleteFrom'].map((m) => [m, 'DELETE'])),
  ...Object.fromEntries(['createTable', 'createTableIfNotExists', 'createTableLike', 'createView', 'createMaterializedView', 'createSchema', 'createSchemaIfNotExists'].map((m) => [m, 'CREATE'])),
  ...Object.fromEntries(['dropTable', 'dropTableIfExists', 'dropView', 'dropViewIfExists', 'dropSchema', 'dropSchemaIfExists'].map((m) => [m, 'DROP'])),
  ...Object.fromEntries(['alterTable', 'renameTable'].map((m) => [m, 'ALTER'])),
  truncate: 'TRUNCATE',
  mergeInto: 'MERGE',
};
// The write call names its own table (Kysely, knex's schema builder).
const SELF_TARGETED = new Set(['insertInto', 'replaceInto', 'updateTable', 'deleteFrom', 'mergeInto', 'createTable', 'createTableIfNotExists', 'createTableLike', 'createView', 'createMaterializedView', 'alterTable', 'renameTable', 'dropTable', 'dropTableIfExists', 'dropView', 'dropViewIfExists']);
const SCHEMA_TARGETED = new Set(['createSchema', 'createSchemaIfNotExists', 'dropSchema', 'dropSchemaIfExists']);
const TABLE_METHODS = new Set(['from', 'from_', 'table', 'into', 'insertInto', 'updateTable', 'deleteFrom', 'mergeInto']);
const SCHEMA_METHODS = new Set(['schema', 'withSchema', 'searchPath']);

interface Call {
  name: string;
  at: number;
  /** The call's first argument, when it is a string literal. */
  arg?: StrToken;
  /** A call of a bare name (`knex('eng.x')`, `db('eng_x')`): the chain's root. */
  root: boolean;
}

const isP = (t: Token | undefined, v: string) => t?.t === 'p' && t.value === v;

export function builderTargets(tokens: readonly Token[]): WriteTarget[] {
  const out: WriteTarget[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.t !== 'id' || !Object.hasOwn(WRITE_METHODS, t.value) || !isP(tokens[i + 1], '(') || accessorBefore(tokens, i) < 0) continue;
    const chain = [...callsLeftOf(tokens, i), ...callsFrom(tokens, i)];
    const write = chain.find((c) => c.at === i)!;
    const kind = WRITE_METHODS[t.value]!;
    if (SCHEMA_TARGETED.has(t.value)) {
      if (write.arg) out.push(target(kind, write.arg, true));
      continue;
    }
    const schemaCall = chain.find((c) => SCHEMA_METHODS.has(c.name) && c.arg);
    const schemaBuilder = chain.some((c) => c.name === 'schema' && !c.arg) || hasSchemaProperty(tokens, i);
    const tableArg =
      SELF_TARGETED.has(t.value) || (schemaBuilder && t.value === 'table')
        ? write.arg
        : (chain.find((c) => TABLE_METHODS.has(c.name) && c.arg)?.arg ?? chain.find((c) => c.root && c.arg)?.arg);
    if (!tableArg) continue;
    const written = tableArg.text.trim();
    const dot = written.lastIndexOf('.');
    const name = (dot >= 0 ? written.slice(dot + 1) : written).replace(/^"|"$/g, '').toLowerCase();
    const qualifier = dot >= 0 ? written.slice(0, dot).replace(/^"|"$/g, '').toLowerCase() : undefined;
    const schema = qualifier ?? (schemaCall?.arg ? schemaCall.arg.text.trim().toLowerCase() : undefined);
    const shown = qualifier === undefined && schemaCall?.arg ? `${schemaCall.arg.text.trim()}.${written}` : written;
    out.push({ ...target(kind, tableArg, false), schema, name, written: shown });
  }
  return out;
}

/** A target at the string's text (inside its quotes). */
function target(kind: string, arg: StrToken, schemaObject: boolean): WriteTarget {
  const start = offsetOf(arg, 0) ?? arg.start;
  const end = (lastOffsetOf(arg) ?? arg.end - 1) + 1;
  const written = arg.text.trim();
  return schemaObject
    ? { kind, schema: written.toLowerCase(), schemaObject: true, written, start, end, via: 'query-builder' }
    : { kind, written, start, end, via: 'query-builder' };
}

/** Index of the token before the member accessor in front of token i (`.`, `?.`, `->`, `::`), or -1. */
function accessorBefore(tokens: readonly Token[], i: number): number {
  if (isP(tokens[i - 1], '.')) return isP(tokens[i - 2], '?') ? i - 3 : i - 2;
  if (isP(tokens[i - 1], '>') && isP(tokens[i - 2], '-')) return i - 3;
  if (isP(tokens[i - 1], ':') && isP(tokens[i - 2], ':')) return i - 3;
  return -1;
}

function hasSchemaProperty(tokens: readonly Token[], i: number): boolean {
  for (let k = accessorBefore(tokens, i); k >= 0 && k > i - 40; k = accessorBefore(tokens, k)) {
    const t = tokens[k];
    if (t?.t === 'id' && t.value === 'schema' && !isP(tokens[k + 1], '(')) return true;
    if (isP(t, ')')) k = matching(tokens, k, -1) - 1;
    if (k < 0 || tokens[k]?.t !== 'id') return false;
  }
  return false;
}

/** The parenthesis matching the one at `from`: rightwards from a `(` (step 1), leftwards from a `)` (step -1). */
function matching(tokens: readonly Token[], from: number, step: 1 | -1): number {
  const [same, other] = step > 0 ? ['(', ')'] : [')', '('];
  let depth = 0;
  for (let k = from; k >= 0 && k < tokens.length; k += step) {
    if (isP(tokens[k], same)) depth++;
    else if (isP(tokens[k], other) && --depth === 0) return k;
  }
  return step > 0 ? tokens.length : -1;
}

function callAt(tokens: readonly Token[], nameAt: number): Call {
  const first = tokens[nameAt + 2];
  const argEnds = isP(tokens[nameAt + 3], ',') || isP(tokens[nameAt + 3], ')');
  return {
    name: (tokens[nameAt] as { value: string }).value,
    at: nameAt,
    arg: first?.t === 'str' && argEnds ? first : undefined,
    root: accessorBefore(tokens, nameAt) < 0,
  };
}

/** The calls before the write call in its chain, nearest first. */
function callsLeftOf(tokens: readonly Token[], i: number): Call[] {
  const calls: Call[] = [];
  let k = accessorBefore(tokens, i);
  for (let guard = 0; k >= 0 && guard < 50; guard++) {
    if (isP(tokens[k], ')')) {
      const open = matching(tokens, k, -1);
      const name = open - 1;
      if (open < 1 || tokens[name]?.t !== 'id') return calls;
      calls.push(callAt(tokens, name));
      k = accessorBefore(tokens, name);
    } else if (tokens[k]?.t === 'id') {
      k = accessorBefore(tokens, k);
    } else {
      return calls;
    }
  }
  return calls;
}

/** The write call and the calls chained after it (`.insert(row).into('eng.t')`). */
function callsFrom(tokens: readonly Token[], i: number): Call[] {
  const calls: Call[] = [];
  let name = i;
  for (let guard = 0; guard < 50; guard++) {
    calls.push(callAt(tokens, name));
    const close = matching(tokens, name + 1, 1);
    const next = close + 1;
    const after = isP(tokens[next], '?') && isP(tokens[next + 1], '.') ? next + 2 : isP(tokens[next], '.') ? next + 1 : isP(tokens[next], '-') && isP(tokens[next + 1], '>') ? next + 2 : -1;
    if (after < 0 || tokens[after]?.t !== 'id' || !isP(tokens[after + 1], '(')) return calls;
    name = after;
  }
  return calls;
}
