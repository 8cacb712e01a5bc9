import type { Node, RangeVar } from 'libpg-query';

/** A table as a migration names it: the schema only when the statement wrote one. */
export interface TableRef {
  schema?: string;
  name: string;
}

export function tableOf(relation: RangeVar | undefined): TableRef | undefined {
  if (!relation?.relname) return undefined;
  return relation.schemaname ? { schema: relation.schemaname, name: relation.relname } : { name: relation.relname };
}

/** DROP TABLE a.b names its objects as lists of strings rather than RangeVars. */
export function tableOfNameList(node: Node | undefined): TableRef | undefined {
  if (!node || !('List' in node)) return undefined;
  const parts = (node.List.items ?? []).flatMap((item) => ('String' in item && item.String.sval !== undefined ? [item.String.sval] : []));
  const name = parts[parts.length - 1];
  if (name === undefined) return undefined;
  const schema = parts[parts.length - 2];
  return schema === undefined ? { name } : { schema, name };
}

const PLAIN = /^[a-z_][a-z0-9_$]*$/;

function quoteIdent(part: string): string {
  return PLAIN.test(part) ? part : `"${part.replaceAll('"', '""')}"`;
}

/** As PostgreSQL would accept it back (to_regclass) and as a person reads it. */
export function displayName(table: TableRef): string {
  return table.schema ? `${quoteIdent(table.schema)}.${quoteIdent(table.name)}` : quoteIdent(table.name);
}

/**
 * A set of tables where an unqualified name matches the same name in any schema. Lint cannot
 * know the search_path a migration will run with, so it errs towards "the same table".
 */
export class TableSet {
  private readonly byName = new Map<string, Set<string>>();

  add(table: TableRef): void {
    let schemas = this.byName.get(table.name);
    if (!schemas) this.byName.set(table.name, (schemas = new Set()));
    schemas.add(table.schema ?? '');
  }

  delete(table: TableRef): void {
    const schemas = this.byName.get(table.name);
    if (!schemas) return;
    if (table.schema === undefined) this.byName.delete(table.name);
    else schemas.delete(table.schema);
  }

  has(table: TableRef): boolean {
    const schemas = this.byName.get(table.name);
    if (!schemas || schemas.size === 0) return false;
    return table.schema === undefined || schemas.has(table.schema) || schemas.has('');
  }
}
