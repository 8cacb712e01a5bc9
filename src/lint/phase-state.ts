import type { Node } from 'libpg-query';
import { alterTableCommands, constraintOf, notNullCheckColumn } from './ast.js';
import { TableSet, tableOf, tableOfNameList, type TableRef } from './tables.js';

/**
 * What the phase's migrations have done so far, as lint reads them in order: which tables
 * this file and the earlier files created, which constraints were added NOT VALID in this
 * file (still inside its transaction), and which `CHECK (col IS NOT NULL)` are validated.
 */
export class PhaseState {
  /** Tables created by the files linted so far in this phase, this one included. */
  readonly createdInPhase = new TableSet();
  private createdInFile = new TableSet();
  private notValidInFile: Array<{ table: TableRef; name: string }> = [];
  /** NOT VALID `CHECK (col IS NOT NULL)` by constraint name, waiting for VALIDATE CONSTRAINT. */
  private readonly pendingNotNullChecks = new Map<string, { table: TableRef; column: string }>();
  private readonly validatedNotNull: Array<{ table: TableRef; column: string }> = [];

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
    return this.validatedNotNull.some((c) => c.column === column && sameTable(c.table, table));
  }

  /** Called after the rules have seen the statement: its effects apply from the next one on. */
  observe(node: Node): void {
    const created = 'CreateStmt' in node ? tableOf(node.CreateStmt.relation) : 'CreateTableAsStmt' in node ? tableOf(node.CreateTableAsStmt.into?.rel) : undefined;
    if (created) {
      this.createdInFile.add(created);
      this.createdInPhase.add(created);
      for (const elt of 'CreateStmt' in node ? (node.CreateStmt.tableElts ?? []) : []) {
        const column = 'Constraint' in elt ? notNullCheckColumn(elt.Constraint) : undefined;
        if (column) this.validatedNotNull.push({ table: created, column });
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
      const constraint = cmd.subtype === 'AT_AddConstraint' ? constraintOf(cmd) : undefined;
      if (constraint) this.addConstraint(table, constraint);
      if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name) {
        const pending = this.pendingNotNullChecks.get(cmd.name);
        if (pending && sameTable(pending.table, table)) this.validatedNotNull.push(pending);
      }
    }
  }

  private addConstraint(table: TableRef, constraint: NonNullable<ReturnType<typeof constraintOf>>): void {
    if (constraint.skip_validation && constraint.conname) this.notValidInFile.push({ table, name: constraint.conname });
    const column = notNullCheckColumn(constraint);
    if (!column) return;
    if (!constraint.skip_validation) this.validatedNotNull.push({ table, column });
    else if (constraint.conname) this.pendingNotNullChecks.set(constraint.conname, { table, column });
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
