import type pg from 'pg';
import type { TypeChange } from './rule.js';
import { displayName, type TableRef } from './tables.js';

/**
 * Which ALTER COLUMN ... TYPE changes PostgreSQL makes without a rewrite, decided with the
 * target's catalog: the column's current type and typmod, the new type resolved through the
 * session's search_path (as the migration will resolve it), and whether pg_cast calls the
 * pair binary-coercible. One query for every change in the run.
 */
export const COLUMN_TYPES_SQL = `
SELECT i.n::int AS n,
       a.atttypid::int AS from_oid,
       a.atttypmod AS from_typmod,
       t.oid::int AS to_oid,
       t.typname::text AS to_name,
       EXISTS (SELECT 1 FROM pg_catalog.pg_cast c
                WHERE c.castsource = a.atttypid AND c.casttarget = t.oid AND c.castmethod = 'b') AS binary_cast
FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS i(tbl, col, typ, n)
JOIN pg_catalog.pg_attribute a
  ON a.attrelid = pg_catalog.to_regclass(i.tbl) AND a.attname = i.col AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_catalog.pg_type t ON t.oid = pg_catalog.to_regtype(i.typ)`;

interface Row {
  n: number;
  from_oid: number;
  from_typmod: number;
  to_oid: number;
  to_name: string;
  binary_cast: boolean;
}

/** The changes (by index in `changes`) the target would make without rewriting the table. */
export async function readNoRewriteChanges(client: pg.ClientBase, changes: ReadonlyArray<{ table: TableRef; change: TypeChange }>): Promise<Set<number>> {
  const asked = changes.flatMap(({ table, change }, index) => {
    const [schema, name, ...more] = change.typeName.length === 1 ? [undefined, ...change.typeName] : change.typeName;
    return name === undefined || more.length > 0 ? [] : [{ index, table: displayName(table), column: change.column, type: displayName({ schema, name }), typmods: change.typmods }];
  });
  const safe = new Set<number>();
  if (asked.length === 0) return safe;
  const { rows } = await client.query<Row>(COLUMN_TYPES_SQL, [asked.map((a) => a.table), asked.map((a) => a.column), asked.map((a) => a.type)]);
  for (const row of rows) {
    const a = asked[row.n - 1];
    if (!a) continue;
    const toTypmod = typmodOf(row.to_name, a.typmods);
    if (toTypmod === undefined) continue;
    if (!rewrites({ oid: row.from_oid, typmod: row.from_typmod }, { oid: row.to_oid, name: row.to_name, typmod: toTypmod }, row.binary_cast)) safe.add(a.index);
  }
  return safe;
}

/**
 * The typmod PostgreSQL stores for the type modifiers as written (-1: none), for the types
 * whose widening is a no-op; undefined when lint does not know the encoding.
 */
export function typmodOf(type: string, mods: readonly number[]): number | undefined {
  if (mods.length === 0) return -1;
  const [a, b] = mods as [number, number | undefined];
  const VARHDRSZ = 4;
  switch (type) {
    case 'varchar':
    case 'bpchar':
      return mods.length === 1 && a >= 1 ? a + VARHDRSZ : undefined;
    case 'numeric':
      if (mods.length > 2 || a < 1 || (b !== undefined && (b < 0 || b > a))) return undefined;
      return ((a << 16) | (b ?? 0)) + VARHDRSZ;
    case 'varbit':
    case 'bit':
      return mods.length === 1 && a >= 1 ? a : undefined;
    case 'timestamp':
    case 'timestamptz':
    case 'time':
    case 'timetz':
      // Precision above 6 is reduced to 6 (with a warning) by the server itself.
      return mods.length === 1 && a >= 0 ? Math.min(a, 6) : undefined;
    default:
      return undefined;
  }
}

/** Types whose length or precision can grow in place (their typmod support functions say so). */
const WIDENS_IN_PLACE = new Set(['varchar', 'varbit', 'numeric', 'timestamp', 'timestamptz', 'time', 'timetz']);

/**
 * PostgreSQL's rule (ATColumnChangeRequiresRewrite with the types' support functions): the
 * same type with a wider or no limit, or a binary-coercible cast to a type without a limit,
 * keeps every stored value as it is.
 */
export function rewrites(from: { oid: number; typmod: number }, to: { oid: number; name: string; typmod: number }, binaryCast: boolean): boolean {
  if (from.oid !== to.oid) return !(binaryCast && to.typmod === -1);
  if (from.typmod === to.typmod) return false;
  if (!WIDENS_IN_PLACE.has(to.name)) return true;
  if (to.typmod === -1) return false;
  // Time types store at most 6 digits: (6) is the same as no limit.
  if (to.name.startsWith('time') && to.typmod === 6) return false;
  if (from.typmod === -1) return true;
  if (to.name === 'numeric') {
    const precision = (t: number) => ((t - 4) >> 16) & 0xffff;
    const scale = (t: number) => (t - 4) & 0x7ff;
    return scale(from.typmod) !== scale(to.typmod) || precision(to.typmod) < precision(from.typmod);
  }
  return to.typmod < from.typmod;
}
