import type { FileModels, Model } from './orms/models.js';
import { accessorBefore, idOf, isP, lastOffsetOf, matching, offsetOf, type StrToken, type Token } from './tokens.js';
import type { WriteTarget } from './types.js';

/**
 * Writes through query builders, where no SQL text exists: supabase-js
 * (`.schema('eng').from('x').insert()`), knex (`knex('eng.x').update()`, `.withSchema('eng')`,
 * `knex.schema.createTable('eng_x')`), Kysely (`insertInto('eng.x')`) and look-alikes in other
 * languages (`DB::table('eng_x')->insert()`), and the TypeScript ORMs' calls on a table, entity or
 * model the code names (src/boundary/orms/models.ts): Drizzle's `db.insert(tasks)`, TypeORM's
 * `repo.save()` and `.insert().into(Task)`, Prisma's `prisma.task.create()`. A chain is read in
 * both directions from its write call, across lines and comments, since the lexer has already dropped both.
 */

const WRITE_METHODS: Record<string, string> = {
  ...Object.fromEntries(['insert', 'upsert', 'insertInto', 'replaceInto', 'insert_many', 'bulk_insert', 'save', 'create', 'createMany', 'createManyAndReturn'].map((m) => [m, 'INSERT'])),
  ...Object.fromEntries(['update', 'updateTable', 'updateMany', 'updateManyAndReturn', 'increment', 'decrement', 'softDelete', 'restore'].map((m) => [m, 'UPDATE'])),
  ...Object.fromEntries(['delete', 'del', 'deleteFrom', 'remove', 'deleteMany'].map((m) => [m, 'DELETE'])),
  ...Object.fromEntries(['createTable', 'createTableIfNotExists', 'createTableLike', 'createView', 'createMaterializedView', 'createSchema', 'createSchemaIfNotExists'].map((m) => [m, 'CREATE'])),
  ...Object.fromEntries(['dropTable', 'dropTableIfExists', 'dropView', 'dropViewIfExists', 'dropSchema', 'dropSchemaIfExists'].map((m) => [m, 'DROP'])),
  // `table` alters only on a schema builder (`knex.schema.table('x', ...)`); elsewhere it starts a query.
  ...Object.fromEntries(['alterTable', 'renameTable', 'table'].map((m) => [m, 'ALTER'])),
  truncate: 'TRUNCATE',
  mergeInto: 'MERGE',
};
// The write call names its own table (Kysely, knex's schema builder).
const SELF_TARGETED = new Set(['insertInto', 'replaceInto', 'updateTable', 'deleteFrom', 'mergeInto', 'createTable', 'createTableIfNotExists', 'createTableLike', 'createView', 'createMaterializedView', 'alterTable', 'renameTable', 'dropTable', 'dropTableIfExists', 'dropView', 'dropViewIfExists']);
const SCHEMA_TARGETED = new Set(['createSchema', 'createSchemaIfNotExists', 'dropSchema', 'dropSchemaIfExists']);
const TABLE_METHODS = new Set(['from', 'from_', 'table', 'into', 'insertInto', 'updateTable', 'deleteFrom', 'mergeInto']);
const SCHEMA_METHODS = new Set(['schema', 'withSchema', 'searchPath']);
const PRISMA_METHODS = new Set(['create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'updateManyAndReturn', 'upsert', 'delete', 'deleteMany']);
const REPOSITORY_CALLS = new Set(['getRepository', 'getTreeRepository', 'getMongoRepository']);

interface Call {
  name: string;
  /** The call's first argument, when it is a string literal. */
  arg?: StrToken;
  /** The first argument as a (dotted) name, `tasks` or `schema.tasks`: tokens from `at` to `last`. */
  ident?: { names: string[]; at: number; last: number };
  /** A call of a bare name (`knex('eng.x')`, `db('eng_x')`): the chain's root. */
  root: boolean;
}

export function builderTargets(tokens: readonly Token[], models?: FileModels): WriteTarget[] {
  const out: WriteTarget[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The call's parenthesis first: most names are no call, and that test is cheaper than a lookup.
    if (t.t !== 'id' || !isP(tokens[i + 1], '(') || !Object.hasOwn(WRITE_METHODS, t.value) || accessorBefore(tokens, i) < 0) continue;
    const from = callsFrom(tokens, i);
    const chain = [...callsLeftOf(tokens, i), ...from];
    const write = from[0]!;
    if (write.name === 'table' && !onSchemaBuilder(chain)) continue;
    const found = (models && modelTarget(tokens, i, chain, write, models)) ?? namedTarget(chain, write);
    if (found) out.push(found);
  }
  return out;
}

/** A write to a table (or schema) the chain names in a string: at the string's text, inside its quotes. */
function namedTarget(chain: readonly Call[], write: Call): WriteTarget | undefined {
  const schemaCall = chain.find((c) => SCHEMA_METHODS.has(c.name) && c.arg);
  const arg =
    SELF_TARGETED.has(write.name) || SCHEMA_TARGETED.has(write.name) || write.name === 'table'
      ? write.arg
      : (chain.find((c) => TABLE_METHODS.has(c.name) && c.arg)?.arg ?? chain.find((c) => c.root && c.arg)?.arg);
  if (!arg) return undefined;
  const kind = WRITE_METHODS[write.name]!;
  const at = { kind, start: offsetOf(arg, 0) ?? arg.start, end: (lastOffsetOf(arg) ?? arg.end - 1) + 1, via: 'query-builder' as const };
  if (SCHEMA_TARGETED.has(write.name)) return { ...at, schema: arg.text.trim().toLowerCase(), schemaObject: true, written: arg.text.trim() };
  // Kysely's alias: 'eng.tasks as t'.
  const written = arg.text.trim().replace(/\s+as\s+\w+$/i, '');
  const dot = written.lastIndexOf('.');
  const unquoted = (part: string) => part.replace(/^"|"$/g, '').toLowerCase();
  const inSchema = dot < 0 ? schemaCall?.arg?.text.trim() : undefined;
  const schema = dot >= 0 ? unquoted(written.slice(0, dot)) : inSchema?.toLowerCase();
  return { ...at, schema, name: unquoted(written.slice(dot + 1)), written: inSchema !== undefined ? `${inSchema}.${written}` : written };
}

/** A write through a table, entity or model the code names: at the name. */
function modelTarget(tokens: readonly Token[], i: number, chain: readonly Call[], write: Call, models: FileModels): WriteTarget | undefined {
  const hit = (model: Model | undefined, at: number, last = at): WriteTarget | undefined =>
    model && { kind: WRITE_METHODS[write.name]!, schema: model.schema, name: model.name, written: model.schema ? `${model.schema}.${model.name}` : model.name, start: tokens[at]!.start, end: tokens[last]!.end, via: 'query-builder' };
  // repo.save(row), this.repo.delete(id), Task.insert(row), prisma.task.create(...), tx.task.deleteMany()
  const k = accessorBefore(tokens, i);
  const receiver = idOf(tokens[k]);
  const client = accessorBefore(tokens, k);
  const prisma = receiver && PRISMA_METHODS.has(write.name) && client >= 0 ? () => hit(models.prisma(receiver, idOf(tokens[client])), k) : () => undefined;
  // TypeORM's `create` only builds a row (`Task.create(row).save()` writes, by its save); Prisma's writes.
  if (write.name === 'create' && !chain.some((c) => c.name === 'save')) return prisma();
  // db.insert(tasks), manager.save(Task, row), qb.update(Task), .insert().into(Task), .delete().from(Task), ds.getRepository(Task).save()
  for (const c of chain) {
    if (c.ident && (c === write || c.name === 'into' || c.name === 'from' || REPOSITORY_CALLS.has(c.name))) {
      const found = hit(models.value(c.ident.names), c.ident.at, c.ident.last);
      if (found) return found;
    }
  }
  return (receiver ? hit(models.receiver(receiver), k) : undefined) ?? prisma();
}

/** knex.schema.createTable('eng_x'), knex.schema.withSchema('eng').table('x'); a variable named `schema` (`schema.table()`) is no builder. */
const onSchemaBuilder = (chain: readonly Call[]) => chain.some((c) => c.name === 'schema' && !c.arg && !c.root);

function callAt(tokens: readonly Token[], nameAt: number): Call {
  const first = tokens[nameAt + 2];
  const argEnds = (k: number) => isP(tokens[k], ',') || isP(tokens[k], ')');
  let last = nameAt + 2;
  while (idOf(tokens[last]) && isP(tokens[last + 1], '.') && idOf(tokens[last + 2])) last += 2;
  const names = tokens.slice(nameAt + 2, last + 1).flatMap((t) => (t.t === 'id' ? [t.value] : []));
  return {
    name: (tokens[nameAt] as { value: string }).value,
    arg: first?.t === 'str' && argEnds(nameAt + 3) ? first : undefined,
    ident: idOf(first) && argEnds(last + 1) ? { names, at: nameAt + 2, last } : undefined,
    root: accessorBefore(tokens, nameAt) < 0,
  };
}

/** The calls before the write call in its chain, nearest first; a property (`knex.schema`) is a call without arguments. */
function callsLeftOf(tokens: readonly Token[], i: number): Call[] {
  const calls: Call[] = [];
  let k = accessorBefore(tokens, i);
  for (let guard = 0; k >= 0 && guard < 50; guard++) {
    const name = isP(tokens[k], ')') ? matching(tokens, k, -1) - 1 : k;
    if (name < 0 || tokens[name]?.t !== 'id') return calls;
    calls.push(name === k ? { name: idOf(tokens[k])!, root: accessorBefore(tokens, k) < 0 } : callAt(tokens, name));
    k = accessorBefore(tokens, name);
  }
  return calls;
}

/** The write call and the calls chained after it (`.insert(row).into('eng.t')`). */
function callsFrom(tokens: readonly Token[], i: number): Call[] {
  const calls: Call[] = [];
  let name = i;
  for (let guard = 0; guard < 50; guard++) {
    calls.push(callAt(tokens, name));
    const next = matching(tokens, name + 1, 1) + 1;
    const after = isP(tokens[next], '?') && isP(tokens[next + 1], '.') ? next + 2 : isP(tokens[next], '.') ? next + 1 : isP(tokens[next], '-') && isP(tokens[next + 1], '>') ? next + 2 : -1;
    if (after < 0 || tokens[after]?.t !== 'id' || !isP(tokens[after + 1], '(')) return calls;
    name = after;
  }
  return calls;
}
