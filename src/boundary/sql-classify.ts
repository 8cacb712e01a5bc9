import { StatementLocator } from '../lint/locate.js';
import { parseStatement } from '../sql/parser.js';
import { splitStatements } from '../sql/statements.js';
import { fallbackTargets } from './fallback.js';
import { readQualifiedName, splitName, tokenizeSql } from './sql-tokens.js';
import { shifted, type WriteTarget } from './types.js';

/**
 * SQL text to the protected-object candidates it writes. PostgreSQL's parser decides whenever
 * it can: what is a write target and what is only read (a join, a subquery, a CTE's SELECT) is
 * then exact. Statements it rejects go to the tolerant fallback, one statement at a time.
 * The caller loads the parser first (loadParser of src/sql/parser.ts).
 */

// Without one of these words a text cannot write anything: the parser is not asked.
const WRITE_WORDS = /(?<![A-Za-z0-9_$])(?:insert|update|delete|merge|truncate|copy|alter|drop|create|grant|revoke|into|refresh|comment)(?![A-Za-z0-9_$])/i;

type Node = Record<string, unknown>;
const nodes = (list: unknown): Node[] => (list as Node[] | undefined) ?? [];

/** The statements of valid SQL, or undefined. Client-side placeholders are not SQL: the same length in valid SQL keeps every offset. */
function parse(text: string) {
  const sql = text.replace(/%\([A-Za-z0-9_]+\)s/g, (m) => `$1${' '.repeat(m.length - 2)}`).replace(/%s/g, '$1');
  const parsed = parseStatement(sql.replace(/(?<![?|&])\?(?![?|&])/g, '0'));
  return parsed.ok ? parsed.nodes : undefined;
}

export function classifySql(text: string, open: boolean): WriteTarget[] {
  if (!WRITE_WORDS.test(text)) return [];
  const whole = parse(text);
  if (whole) return fromStatements(text, whole, []);
  const out: WriteTarget[] = [];
  let searchPath: string[] = [];
  for (const statement of splitStatements(text).statements) {
    if (!WRITE_WORDS.test(statement.text) && !/search_path/i.test(statement.text)) continue;
    const parsed = parse(statement.text);
    const found = parsed ? fromStatements(statement.text, parsed, searchPath) : fallbackTargets(statement.text, open, searchPath);
    out.push(...shifted(found, statement.start));
    const set = /^\s*set\s+(?:local\s+|session\s+)?search_path\s*(?:to|=)\s*([^;]*)/i.exec(statement.text);
    if (set) searchPath = set[1]!.split(',').map((s) => s.trim().replace(/^["']|["']$/g, '').toLowerCase());
  }
  return out;
}

function fromStatements(sql: string, stmts: NonNullable<ReturnType<typeof parse>>, path: string[]): WriteTarget[] {
  const found: WriteTarget[] = [];
  // libpg_query reports byte offsets into UTF-8; JavaScript indexes UTF-16 units.
  const locator = new StatementLocator(sql);
  for (const { node, byteOffset, byteLength } of stmts) {
    const set = (node as unknown as Node).VariableSetStmt as Node | undefined;
    if (set?.name === 'search_path') {
      path = nodes(set.args).map((a) => String(((a.A_Const as Node)?.sval as Node)?.sval ?? '').toLowerCase());
      continue;
    }
    const to = byteLength ? locator.toUtf16(byteOffset + byteLength) : sql.length;
    walk(node, { sql, from: locator.toUtf16(byteOffset), to, locator, path, found });
  }
  return found;
}

/** One statement's walk: its text and span, the search_path, what was found. */
interface WalkContext {
  sql: string; from: number; to: number; locator: StatementLocator;
  path: string[]; found: WriteTarget[];
}

// Statements that write the relation or name in one field: [kind, field].
const WRITES: Record<string, [string, string]> = {
  InsertStmt: ['INSERT', 'relation'], UpdateStmt: ['UPDATE', 'relation'], DeleteStmt: ['DELETE', 'relation'],
  MergeStmt: ['MERGE', 'relation'], CreateStmt: ['CREATE', 'relation'], ViewStmt: ['CREATE', 'view'], IndexStmt: ['CREATE', 'relation'],
  CreateTrigStmt: ['CREATE', 'relation'], CreatePolicyStmt: ['CREATE', 'table'], AlterPolicyStmt: ['ALTER', 'table'],
  RuleStmt: ['CREATE', 'relation'], CreateSeqStmt: ['CREATE', 'sequence'], AlterSeqStmt: ['ALTER', 'sequence'],
  CompositeTypeStmt: ['CREATE', 'typevar'], AlterTableStmt: ['ALTER', 'relation'], RefreshMatViewStmt: ['REFRESH', 'relation'],
  CreateForeignTableStmt: ['CREATE', 'relation'], CreateFunctionStmt: ['CREATE', 'funcname'], CreateEnumStmt: ['CREATE', 'typeName'],
  CreateRangeStmt: ['CREATE', 'typeName'], AlterEnumStmt: ['ALTER', 'typeName'], CreateDomainStmt: ['CREATE', 'domainname'],
  AlterDomainStmt: ['ALTER', 'typeName'], DefineStmt: ['CREATE', 'defnames'], CreateStatsStmt: ['CREATE', 'defnames'],
  AlterFunctionStmt: ['ALTER', 'func'], SelectStmt: ['SELECT INTO', 'intoClause'], CreateTableAsStmt: ['CREATE', 'into'],
};

// An array's entries are its items, under keys that are not node types.
function walk(node: unknown, ctx: WalkContext): void {
  if (node === null || typeof node !== 'object') return;
  for (const [type, value] of Object.entries(node)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && /^[A-Z]/.test(type)) visit(type, value as Node, ctx);
    walk(value, ctx);
  }
}

function visit(type: string, n: Node, ctx: WalkContext): void {
  const write = WRITES[type];
  if (write) {
    object(write[0], n[write[1]], ctx);
    // CREATE TABLE vh.p PARTITION OF eng.t changes eng.t.
    if (type === 'CreateStmt' && n.partbound) for (const parent of nodes(n.inhRelations)) object('CREATE', parent, ctx);
    if (type === 'CreateFunctionStmt') body(n.options, ctx);
    return;
  }
  switch (type) {
    case 'TruncateStmt':
      for (const r of nodes(n.relations)) object('TRUNCATE', r, ctx);
      return;
    case 'CopyStmt':
      return relation('COPY', n.is_from ? n.relation : undefined, ctx);
    case 'CreateSchemaStmt':
      return schema('CREATE', n.schemaname, ctx);
    case 'DoStmt':
      return body(n.args, ctx);
    case 'DropStmt': {
      // DROP TRIGGER t ON eng.x names eng, x, t: without its last name, the table that changes.
      const own = ['OBJECT_TRIGGER', 'OBJECT_POLICY', 'OBJECT_RULE'].includes(String(n.removeType)) ? 1 : 0;
      for (const obj of nodes(n.objects)) named('DROP', n.removeType === 'OBJECT_SCHEMA', obj, ctx, own);
      return;
    }
    case 'GrantStmt': {
      const onSchema = n.targtype === 'ACL_TARGET_ALL_IN_SCHEMA' || n.objtype === 'OBJECT_SCHEMA';
      for (const o of nodes(n.objects)) named(n.is_grant ? 'GRANT' : 'REVOKE', onSchema, o, ctx);
      return;
    }
    case 'AlterDefaultPrivilegesStmt': {
      const kind = (n.action as Node | undefined)?.is_grant ? 'GRANT' : 'REVOKE';
      for (const opt of nodes(n.options)) {
        const def = opt.DefElem as Node | undefined;
        if (def?.defname === 'schemas') for (const s of listItems(def.arg)) schema(kind, s, ctx);
      }
      return;
    }
    case 'RenameStmt':
      if (n.renameType === 'OBJECT_SCHEMA') return schema('ALTER', n.subname, ctx);
      return object('ALTER', n.relation ?? n.object, ctx);
    case 'AlterObjectSchemaStmt':
      object('ALTER', n.relation ?? n.object, ctx);
      return schema('ALTER', n.newschema, ctx);
    case 'AlterOwnerStmt':
      return named('ALTER', n.objectType === 'OBJECT_SCHEMA', n.relation ?? n.object, ctx);
    case 'CommentStmt':
      return named('COMMENT', n.objtype === 'OBJECT_SCHEMA', n.object, ctx, n.objtype === 'OBJECT_COLUMN' ? 1 : 0);
  }
}

function relation(kind: string, rv: unknown, ctx: WalkContext): void {
  const r = rv as { schemaname?: string; relname?: string; location?: number } | undefined;
  if (!r?.relname) return;
  const at = r.location === undefined ? ctx.from : ctx.locator.toUtf16(r.location);
  const near = ctx.sql.slice(at, at + 300);
  const name = readQualifiedName(tokenizeSql(near), 0, near);
  const schema = r.schemaname?.toLowerCase() ?? ctx.path[0];
  ctx.found.push({ kind, schema, name: r.relname.toLowerCase(), written: name?.written ?? r.relname, start: at, end: at + (name?.end ?? r.relname.length), via: 'sql-parser' });
}

/** A name given as a list of String nodes (no location): found again in the statement's text. */
function nameList(kind: string, list: unknown, ctx: WalkContext, dropLast = 0): void {
  const parts = listItems(list).slice(0, dropLast ? -dropLast : undefined);
  if (parts.length === 0) return;
  const { schema, name } = splitName(parts);
  ctx.found.push({ kind, schema: schema ?? ctx.path[0], name, ...locate(ctx, parts), via: 'sql-parser' });
}

function schema(kind: string, value: unknown, ctx: WalkContext): void {
  if (typeof value === 'string' && value) ctx.found.push({ kind, schema: value.toLowerCase(), schemaObject: true, ...locate(ctx, [value]), via: 'sql-parser' });
}

/** A schema (its name a String node) or any other object. */
function named(kind: string, isSchema: boolean, value: unknown, ctx: WalkContext, dropLast = 0): void {
  return isSchema ? schema(kind, sval(value), ctx) : object(kind, value, ctx, dropLast);
}

/** Whatever a statement names: a relation (a RangeVar, wrapped or not, or INTO's) or a name list, in any of its shapes. */
function object(kind: string, value: unknown, ctx: WalkContext, dropLast = 0): void {
  const v = value as Node | undefined;
  if (!v) return;
  if (v.RangeVar || v.relname || v.rel) return relation(kind, v.RangeVar ?? v.rel ?? v, ctx);
  const names = (v.ObjectWithArgs as Node | undefined)?.objname ?? (v.TypeName as Node | undefined)?.names ?? v.objname;
  // Else a List, wrapped or not, or an array: no other node has list items.
  nameList(kind, names ?? v, ctx, names ? 0 : dropLast);
}

/** Function and DO bodies run SQL of their own: classified like any other text, at their offset. */
function body(options: unknown, ctx: WalkContext): void {
  for (const opt of nodes(options)) {
    const def = opt.DefElem as Node | undefined;
    if (def?.defname !== 'as') continue;
    // DO's body is one String node, a function's a List of them.
    for (const text of [sval(def.arg) ?? listItems(def.arg)].flat()) {
      if (!text.trim()) continue;
      const at = ctx.sql.indexOf(text, ctx.from);
      const found = classifySql(text, false);
      // A body the text does not hold verbatim (its quotes doubled) is shown at the statement.
      ctx.found.push(...(at >= 0 ? shifted(found, at) : found.map((t) => ({ ...t, start: ctx.from, end: ctx.from + 1 }))));
    }
  }
}

function listItems(list: unknown): string[] {
  const node = list as Node | undefined;
  const items = Array.isArray(list) ? list : ((((node?.List as Node | undefined) ?? node)?.items as unknown[] | undefined) ?? []);
  return items.map(sval).filter((s): s is string => typeof s === 'string');
}

/** The text of a String node. */
function sval(node: unknown): string | undefined {
  return ((node as Node | undefined)?.String as Node | undefined)?.sval as string | undefined;
}

/** The written form and offsets of a dotted name inside the current statement. */
function locate(ctx: WalkContext, parts: readonly string[]): { written: string; start: number; end: number } {
  const stmt = ctx.sql.slice(ctx.from, ctx.to);
  const tokens = tokenizeSql(stmt);
  const want = parts.map((p) => p.toLowerCase());
  for (let i = 0; i < tokens.length; i++) {
    const name = readQualifiedName(tokens, i, stmt);
    if (!name) continue;
    const got = name.parts.map((p) => p.toLowerCase());
    if (got.length >= want.length && want.every((w, k) => got[got.length - want.length + k] === w)) {
      return { written: name.written, start: ctx.from + name.start, end: ctx.from + name.end };
    }
  }
  return { written: parts.join('.'), start: ctx.from, end: ctx.from };
}
