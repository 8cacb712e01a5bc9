import type { Node } from 'libpg-query';
import { alterTableCommands, constraintOf, notNullCheckColumn } from './ast.js';
import { TableSet, tableOf, tableOfNameList, type TableRef } from './tables.js';

/** A CHECK constraint: from the target's catalog, or added by a file linted so far. */
export interface CheckConstraint {
  table: TableRef;
  /** Unnamed checks (in CREATE TABLE) cannot be validated or dropped by name later. */
  name?: string;
  /** Set when the check is exactly `CHECK (column IS NOT NULL)`. */
  notNullColumn?: string;
  validated: boolean;
}

/**
 * What the phase's migrations have done so far, as lint reads them in order: which tables
 * this file and the earlier files created, which constraints were added NOT VALID in this
 * file (still inside its transaction), and every `CHECK (col IS NOT NULL)` with whether it is
 * validated yet. With a database the checks start from the target's (NOT VALID ones too), so
 * a VALIDATE in a pending file of a check an applied file added is followed like any other.
 */
export class PhaseState {
  /** Tables created by the files linted so far in this phase, this one included. */
  readonly createdInPhase = new TableSet();
  private createdInFile = new TableSet();
  private notValidInFile: Array<{ table: TableRef; name: string }> = [];
  /** Columns whose type a statement linted so far changed: the target's type no longer tells. */
  private readonly retyped = new Set<string>();
  /** By table name (schema aside): a phase of a thousand files has a thousand checks. */
  private readonly checks = new Map<string, CheckConstraint[]>();

  constructor(targetChecks: readonly CheckConstraint[] = []) {
    for (const c of targetChecks) this.addCheck({ ...c });
  }

  private addCheck(check: CheckConstraint): void {
    const list = this.checks.get(check.table.name);
    if (list) list.push(check);
    else this.checks.set(check.table.name, [check]);
  }

  private checksOn(table: TableRef): CheckConstraint[] {
    return (this.checks.get(table.name) ?? []).filter((c) => sameTable(c.table, table));
  }

  startFile(): void {
    this.createdInFile = new TableSet();
    this.notValidInFile = [];
  }

  isNewInFile(table: TableRef): boolean {
    return this.createdInFile.has(table);
  }

  addedNotValidInThisFile(table: TableRef, name: string): boolean {
    return this.notValidInFile.some((c) => c.name === name && sameTable(c.table, table));
  }

  hasValidatedNotNullCheck(table: TableRef, column: string): boolean {
    return this.checksOn(table).some((c) => c.validated && c.notNullColumn === column);
  }

  /** Any validated CHECK on the table: what ATTACH PARTITION can use to skip its scan. */
  hasValidatedCheck(table: TableRef): boolean {
    return this.checksOn(table).some((c) => c.validated);
  }

  wasRetyped(table: TableRef, column: string): boolean {
    return this.retyped.has(`${table.name}.${column}`);
  }

  /** Called after the rules have seen the statement: its effects apply from the next one on. */
  observe(node: Node): void {
    const created = 'CreateStmt' in node ? tableOf(node.CreateStmt.relation) : 'CreateTableAsStmt' in node ? tableOf(node.CreateTableAsStmt.into?.rel) : undefined;
    if (created) {
      this.createdInFile.add(created);
      this.createdInPhase.add(created);
      for (const elt of 'CreateStmt' in node ? (node.CreateStmt.tableElts ?? []) : []) {
        if ('Constraint' in elt && elt.Constraint.contype === 'CONSTR_CHECK') {
          this.addCheck({ table: created, name: elt.Constraint.conname, notNullColumn: notNullCheckColumn(elt.Constraint), validated: true });
        }
      }
    }
    if ('DropStmt' in node && node.DropStmt.removeType === 'OBJECT_TABLE') {
      for (const object of node.DropStmt.objects ?? []) {
        const table = tableOfNameList(object);
        if (table) {
          this.createdInFile.delete(table);
          this.createdInPhase.delete(table);
        }
      }
    }
    if ('RenameStmt' in node && node.RenameStmt.renameType === 'OBJECT_TABLE' && node.RenameStmt.newname) {
      this.renameTable(tableOf(node.RenameStmt.relation), node.RenameStmt.newname);
    }
    for (const { table, cmd } of alterTableCommands(node)) {
      if (cmd.subtype === 'AT_AlterColumnType' && cmd.name) this.retyped.add(`${table.name}.${cmd.name}`);
      const constraint = cmd.subtype === 'AT_AddConstraint' ? constraintOf(cmd) : undefined;
      if (constraint) this.addConstraint(table, constraint);
      if (cmd.subtype !== 'AT_ValidateConstraint' && cmd.subtype !== 'AT_DropConstraint') continue;
      const named = this.checksOn(table).filter((c) => c.name === cmd.name);
      if (cmd.subtype === 'AT_ValidateConstraint') for (const c of named) c.validated = true;
      const list = this.checks.get(table.name);
      if (cmd.subtype === 'AT_DropConstraint' && list) for (const c of named) list.splice(list.indexOf(c), 1);
    }
  }

  private addConstraint(table: TableRef, constraint: NonNullable<ReturnType<typeof constraintOf>>): void {
    if (constraint.skip_validation && constraint.conname) this.notValidInFile.push({ table, name: constraint.conname });
    if (constraint.contype !== 'CONSTR_CHECK') return;
    this.addCheck({ table, name: constraint.conname, notNullColumn: notNullCheckColumn(constraint), validated: !constraint.skip_validation });
  }

  private renameTable(from: TableRef | undefined, to: string): void {
    if (!from) return;
    const renamed = from.schema ? { schema: from.schema, name: to } : { name: to };
    for (const set of [this.createdInFile, this.createdInPhase]) {
      if (!set.has(from)) continue;
      set.delete(from);
      set.add(renamed);
    }
  }
}

function sameTable(a: TableRef, b: TableRef): boolean {
  return a.name === b.name && (a.schema === undefined || b.schema === undefined || a.schema === b.schema);
}
