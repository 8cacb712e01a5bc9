import type { Node, RangeVar } from 'libpg-query';
import type { SqlFile } from '../migrate/sql-file.js';
import { loadLibPgQuery } from '../sql/libpg-query.js';

/**
 * What a phase's files leave behind: tables and views, read by PostgreSQL's own parser and
 * replayed in order so a later DROP, RENAME or SET SCHEMA wins. An unqualified name is placed
 * by the search_path the file runs with: the phase's schema, unless the file sets its own
 * (SET search_path, set_config). DDL the files run without spelling it out (a DO block,
 * dynamic SQL through a procedure) cannot be known from them: it is listed as such, so verify
 * says "not known from the files" rather than "created by no migration".
 */
export type CreatedKind = 'table' | 'view';

export interface CreatedObject {
  schema: string;
  name: string;
  kind: CreatedKind;
  /** The file that (last) created it. */
  file: string;
}

/** A statement whose effect on tables cannot be read from the file. */
export interface UnknownDdl {
  file: string;
  line: number;
  what: string;
}

export interface CreatedObjects {
  objects: CreatedObject[];
  unknown: UnknownDdl[];
}

type Name = { schema?: string; name: string };

type Effect =
  | { op: 'create'; kind: CreatedKind; target: Name }
  | { op: 'drop'; target: Name }
  | { op: 'rename'; target: Name; to: string }
  | { op: 'move'; target: Name; to: string }
  | { op: 'search_path'; path: string[] | 'default' }
  | { op: 'unknown'; what: string };

const RELATION_TYPES = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE']);

const nameOf = (rel: RangeVar | undefined): Name | undefined =>
  rel?.relname === undefined ? undefined : { schema: rel.schemaname, name: rel.relname };

const isTemp = (rel: RangeVar | undefined): boolean => rel?.relpersistence === 't';

const strings = (nodes: readonly Node[] | undefined): string[] =>
  (nodes ?? []).flatMap((n) => ('String' in n ? [n.String.sval ?? ''] : 'A_Const' in n && n.A_Const.sval ? [n.A_Const.sval.sval ?? ''] : []));

function create(kind: CreatedKind, rel: RangeVar | undefined): Effect[] {
  const target = nameOf(rel);
  return target && !isTemp(rel) ? [{ op: 'create', kind, target }] : [];
}

/** One parsed statement's effects on the phase's tables and views, and on the search_path. */
export function effectsOf(node: Node, schemaOfElements?: string): Effect[] {
  const inSchema = (effects: Effect[]) =>
    schemaOfElements === undefined ? effects : effects.map((e) => ('target' in e && !e.target.schema ? { ...e, target: { ...e.target, schema: schemaOfElements } } : e));
  if ('CreateStmt' in node) return inSchema(create('table', node.CreateStmt.relation));
  if ('CreateForeignTableStmt' in node) return inSchema(create('table', node.CreateForeignTableStmt.base?.relation));
  if ('CreateTableAsStmt' in node) {
    const { into, objtype } = node.CreateTableAsStmt;
    return create(objtype === 'OBJECT_MATVIEW' ? 'view' : 'table', into?.rel);
  }
  if ('ViewStmt' in node) return inSchema(create('view', node.ViewStmt.view));
  if ('CreateSchemaStmt' in node) {
    const schema = node.CreateSchemaStmt.schemaname;
    return (node.CreateSchemaStmt.schemaElts ?? []).flatMap((e) => effectsOf(e, schema));
  }
  if ('DropStmt' in node) {
    const { removeType, objects } = node.DropStmt;
    if (!RELATION_TYPES.has(removeType ?? '')) return [];
    return (objects ?? []).flatMap((o) => {
      const parts = 'List' in o ? strings(o.List.items) : [];
      const name = parts.at(-1);
      return name === undefined ? [] : [{ op: 'drop' as const, target: { schema: parts.at(-2), name } }];
    });
  }
  if ('RenameStmt' in node) {
    const { renameType, relation, newname } = node.RenameStmt;
    const target = nameOf(relation);
    return RELATION_TYPES.has(renameType ?? '') && target && newname ? [{ op: 'rename', target, to: newname }] : [];
  }
  if ('AlterObjectSchemaStmt' in node) {
    const { objectType, relation, newschema } = node.AlterObjectSchemaStmt;
    const target = nameOf(relation);
    return RELATION_TYPES.has(objectType ?? '') && target && newschema ? [{ op: 'move', target, to: newschema }] : [];
  }
  if ('VariableSetStmt' in node) {
    const { kind, name, args } = node.VariableSetStmt;
    if (kind === 'VAR_RESET_ALL') return [{ op: 'search_path', path: 'default' }];
    if (name !== 'search_path') return [];
    return [{ op: 'search_path', path: kind === 'VAR_SET_VALUE' ? strings(args) : 'default' }];
  }
  if ('SelectStmt' in node) return setConfigPath(node);
  if ('DoStmt' in node) return doBlock(node.DoStmt.args);
  if ('CallStmt' in node) return [{ op: 'unknown', what: 'a CALL' }];
  return [];
}

/**
 * A DO block runs code, not a statement this file can replay. It may have created a table or
 * view when it names one, or when it runs SQL that is not spelled out in the file: EXECUTE of
 * anything but a literal (or format() of one) without %s. A block that does neither (roles,
 * comments, grants, a check) is known to create none.
 */
function doBlock(args: readonly Node[] | undefined): Effect[] {
  const body = (args ?? []).map((a) => ('DefElem' in a && a.DefElem.defname === 'as' && a.DefElem.arg ? strings([a.DefElem.arg]).join('') : '')).join('');
  const executes = body.match(/\bEXECUTE\b(?!\s+(?:FUNCTION|PROCEDURE)\b)/gi)?.length ?? 0;
  const spelled = [...body.matchAll(/\bEXECUTE\s+(?:format\s*\(\s*)?'((?:[^']|'')*)'/gi)].map((m) => m[1]!);
  // SELECT … INTO assigns a variable in PL/pgSQL; only in SQL run by EXECUTE does it make a table.
  if (spelled.length < executes || spelled.some((sql) => /\b(TABLE|VIEW|INTO)\b|%s/i.test(sql))) return [{ op: 'unknown', what: 'dynamic SQL (EXECUTE) in a DO block' }];
  if (/\b(TABLE|VIEW)\b/i.test(body.replace(/\bEXECUTE\s+(?:format\s*\(\s*)?'(?:[^']|'')*'/gi, ''))) return [{ op: 'unknown', what: 'a DO block' }];
  return [];
}

/** `SELECT set_config('search_path', 'a, b', …)`, as pg_dump writes it. */
function setConfigPath(node: Node): Effect[] {
  if (!('SelectStmt' in node)) return [];
  const targets = node.SelectStmt.targetList ?? [];
  for (const t of targets) {
    const value = 'ResTarget' in t ? t.ResTarget.val : undefined;
    if (!value || !('FuncCall' in value)) continue;
    const fn = strings(value.FuncCall.funcname).at(-1);
    const [setting, text] = strings(value.FuncCall.args);
    if (fn === 'set_config' && setting === 'search_path' && text !== undefined) {
      return [{ op: 'search_path', path: text.split(',').map((s) => s.trim().replace(/^"(.*)"$/, '$1')).filter(Boolean) }];
    }
  }
  return [];
}

/** Where an unqualified CREATE lands: the path's first schema that can be named statically. */
const creationSchema = (path: readonly string[]): string | undefined => path.find((s) => s !== '$user' && s !== 'pg_temp' && s !== 'pg_catalog');

/**
 * Replays the files' DDL in order; what is left is what they created. Each file starts from
 * `searchPath` (the phase's schema): every file runs in its own transaction.
 */
export async function createdObjects(files: readonly SqlFile[], searchPath: readonly string[]): Promise<CreatedObjects> {
  const { parseSync } = await loadLibPgQuery();
  const objects = new Map<string, CreatedObject>();
  const unknown: UnknownDdl[] = [];
  const key = (schema: string, name: string) => `${schema}\0${name}`;
  for (const file of files) {
    let path: readonly string[] = searchPath;
    // An unqualified name that is dropped or renamed is the first one the path finds.
    const resolve = (target: Name): string | undefined =>
      target.schema ?? path.find((s) => objects.has(key(s, target.name))) ?? creationSchema(path);
    for (const statement of file.statements) {
      let nodes: Node[];
      try {
        nodes = (parseSync(statement.text).stmts ?? []).flatMap((s) => (s.stmt ? [s.stmt] : []));
      } catch {
        unknown.push({ file: file.path.rel, line: statement.line, what: "a statement this version of PostgreSQL's parser cannot read" });
        continue;
      }
      for (const effect of nodes.flatMap((n) => effectsOf(n))) {
        if (effect.op === 'unknown') {
          unknown.push({ file: file.path.rel, line: statement.line, what: effect.what });
          continue;
        }
        if (effect.op === 'search_path') {
          path = effect.path === 'default' ? searchPath : effect.path;
          continue;
        }
        const schema = effect.op === 'create' ? (effect.target.schema ?? creationSchema(path)) : resolve(effect.target);
        if (schema === undefined) continue;
        const id = key(schema, effect.target.name);
        if (effect.op === 'create') objects.set(id, { schema, name: effect.target.name, kind: effect.kind, file: file.path.rel });
        else if (effect.op === 'drop') objects.delete(id);
        else {
          const existing = objects.get(id);
          objects.delete(id);
          if (existing) {
            const moved = effect.op === 'move' ? { ...existing, schema: effect.to } : { ...existing, name: effect.to };
            objects.set(key(moved.schema, moved.name), moved);
          }
        }
      }
    }
  }
  return { objects: [...objects.values()], unknown };
}
