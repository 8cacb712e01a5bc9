import type { AlterTableCmd, AlterTableStmt, ColumnDef, Constraint, Node } from 'libpg-query';
import { tableOf, type TableRef } from './tables.js';

/**
 * Small readers over libpg_query's tree for the shapes several rules share. Each returns
 * plain data so rules stay declarative.
 */
export interface AlterCommand {
  stmt: AlterTableStmt;
  table: TableRef;
  cmd: AlterTableCmd;
  /** Position in the statement's command list, for locating it (commands carry no location). */
  index: number;
}

// Most rules and the phase state read the same statement's commands: read them once.
const commandCache = new WeakMap<Node, AlterCommand[]>();

/** ALTER TABLE's subcommands, for tables only (not ALTER INDEX, VIEW, TYPE ...). */
export function alterTableCommands(node: Node): AlterCommand[] {
  if (!('AlterTableStmt' in node)) return [];
  let commands = commandCache.get(node);
  if (commands) return commands;
  const stmt = node.AlterTableStmt;
  const table = tableOf(stmt.relation);
  commands =
    !table || (stmt.objtype !== 'OBJECT_TABLE' && stmt.objtype !== undefined)
      ? []
      : (stmt.cmds ?? []).flatMap((c, index) => ('AlterTableCmd' in c ? [{ stmt, table, cmd: c.AlterTableCmd, index }] : []));
  commandCache.set(node, commands);
  return commands;
}

export function columnDefOf(cmd: AlterTableCmd): ColumnDef | undefined {
  return cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
}

export function constraintOf(cmd: AlterTableCmd): Constraint | undefined {
  return cmd.def && 'Constraint' in cmd.def ? cmd.def.Constraint : undefined;
}

export function columnConstraints(column: ColumnDef): Constraint[] {
  return (column.constraints ?? []).flatMap((c) => ('Constraint' in c ? [c.Constraint] : []));
}

/** The column a `CHECK (column IS NOT NULL)` is about, if that is all the check says. */
export function notNullCheckColumn(constraint: Constraint): string | undefined {
  if (constraint.contype !== 'CONSTR_CHECK' || !constraint.raw_expr || !('NullTest' in constraint.raw_expr)) return undefined;
  const test = constraint.raw_expr.NullTest;
  if (test.nulltesttype !== 'IS_NOT_NULL' || !test.arg || !('ColumnRef' in test.arg)) return undefined;
  const fields = test.arg.ColumnRef.fields ?? [];
  const last = fields[fields.length - 1];
  return fields.length === 1 && last && 'String' in last ? last.String.sval : undefined;
}

/** The first `location` in a subtree, in document order: where an expression starts. */
export function firstLocation(value: unknown): number | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    let best: number | undefined;
    for (const item of value) {
      const at = firstLocation(item);
      if (at !== undefined && (best === undefined || at < best)) best = at;
    }
    return best;
  }
  let best: number | undefined;
  for (const [key, child] of Object.entries(value)) {
    const at = key === 'location' ? (typeof child === 'number' && child >= 0 ? child : undefined) : firstLocation(child);
    if (at !== undefined && (best === undefined || at < best)) best = at;
  }
  return best;
}

/** Type name as written, schema dropped: `pg_catalog.int4` is `int4`, `bigserial` stays. */
export function typeNameOf(column: ColumnDef): string | undefined {
  const names = column.typeName?.names ?? [];
  const last = names[names.length - 1];
  return last && 'String' in last ? last.String.sval : undefined;
}
