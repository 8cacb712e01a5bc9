import type { Node } from 'libpg-query';

/**
 * Whether `ADD COLUMN ... DEFAULT expr` rewrites the table. Since PostgreSQL 11 a default that
 * is not volatile is evaluated once and stored in the catalog: no rewrite. A volatile one
 * (random(), clock_timestamp(), nextval(), gen_random_uuid()) is evaluated per row, so every
 * row is rewritten under an ACCESS EXCLUSIVE lock. Without the target database lint cannot
 * look a function's volatility up, so unknown functions count as possibly volatile (as in
 * Squawk); the lists below name the common ones.
 */
export type Volatility = { volatile: false } | { volatile: true; certain: boolean; function: string; at?: number };

const VOLATILE = new Set([
  'random', 'random_normal', 'gen_random_uuid', 'uuid_generate_v1', 'uuid_generate_v1mc', 'uuid_generate_v4', 'uuidv4', 'uuidv7',
  'clock_timestamp', 'timeofday', 'nextval', 'setval', 'currval', 'lastval', 'setseed', 'txid_current', 'pg_current_xact_id',
]);

// Stable or immutable built-ins seen in defaults. now() and friends are stable: one value per
// transaction, stored once, so `DEFAULT now()` does not rewrite.
const NOT_VOLATILE = new Set([
  'now', 'statement_timestamp', 'transaction_timestamp', 'current_timestamp', 'current_date', 'localtimestamp',
  'timezone', 'date_trunc', 'make_interval', 'make_date', 'make_timestamp', 'make_timestamptz', 'to_timestamp', 'to_date',
  'lower', 'upper', 'concat', 'concat_ws', 'length', 'md5', 'coalesce', 'nullif', 'greatest', 'least',
  'jsonb_build_object', 'json_build_object', 'jsonb_build_array', 'json_build_array', 'to_jsonb', 'to_json',
  'array_fill', 'current_user', 'current_setting', 'current_schema', 'inet_client_addr',
]);

const SERIAL_TYPES = new Set(['serial', 'serial2', 'serial4', 'serial8', 'smallserial', 'bigserial']);

/** serial types are integers with a nextval() default: volatile by construction. */
export function isSerialType(name: string | undefined): boolean {
  return name !== undefined && SERIAL_TYPES.has(name.toLowerCase());
}

export function volatilityOf(expr: Node | undefined): Volatility {
  if (!expr) return { volatile: false };
  if ('FuncCall' in expr) {
    const names = expr.FuncCall.funcname ?? [];
    const last = names[names.length - 1];
    const name = last && 'String' in last ? (last.String.sval ?? '') : '';
    const schema = names.length > 1 ? names[0] : undefined;
    const builtIn = !schema || ('String' in schema && schema.String.sval === 'pg_catalog');
    if (builtIn && VOLATILE.has(name)) return { volatile: true, certain: true, function: name, at: expr.FuncCall.location };
    if (!builtIn || !NOT_VOLATILE.has(name)) return { volatile: true, certain: false, function: name, at: expr.FuncCall.location };
    return worst(expr.FuncCall.args ?? []);
  }
  if ('A_Const' in expr || 'SQLValueFunction' in expr || 'ParamRef' in expr) return { volatile: false };
  if ('TypeCast' in expr) return volatilityOf(expr.TypeCast.arg);
  // Built-in operators on built-in types are immutable; their operands decide.
  if ('A_Expr' in expr) return worst([expr.A_Expr.lexpr, expr.A_Expr.rexpr]);
  if ('BoolExpr' in expr) return worst(expr.BoolExpr.args ?? []);
  if ('NullTest' in expr) return volatilityOf(expr.NullTest.arg);
  if ('CoalesceExpr' in expr) return worst(expr.CoalesceExpr.args ?? []);
  if ('MinMaxExpr' in expr) return worst(expr.MinMaxExpr.args ?? []);
  if ('A_ArrayExpr' in expr) return worst(expr.A_ArrayExpr.elements ?? []);
  if ('RowExpr' in expr) return worst(expr.RowExpr.args ?? []);
  if ('CaseExpr' in expr) {
    const c = expr.CaseExpr;
    const whens = (c.args ?? []).flatMap((w) => ('CaseWhen' in w ? [w.CaseWhen.expr, w.CaseWhen.result] : []));
    return worst([c.arg, c.defresult, ...whens]);
  }
  if ('CollateClause' in expr) return volatilityOf(expr.CollateClause.arg);
  // A subquery, a column reference or anything unforeseen: assume the worst.
  return { volatile: true, certain: false, function: Object.keys(expr)[0] ?? 'expression' };
}

function worst(nodes: ReadonlyArray<Node | undefined>): Volatility {
  let result: Volatility = { volatile: false };
  for (const node of nodes) {
    const v = volatilityOf(node);
    if (v.volatile && (v.certain || !result.volatile)) result = v;
    if (result.volatile && result.certain) break;
  }
  return result;
}
