import type { LintRule } from '../rule.js';
import { addColumnRewrite } from './add-column-rewrite.js';
import { addColumnRequired } from './add-column-required.js';
import { addConstraintWithoutNotValid } from './add-constraint-without-not-valid.js';
import { alterDomainAddConstraint } from './alter-domain-add-constraint.js';
import { attachPartitionWithoutCheck } from './attach-partition-without-check.js';
import { alterColumnType } from './alter-column-type.js';
import { createIndexNotConcurrently } from './create-index-not-concurrently.js';
import { detachPartitionNotConcurrently } from './detach-partition-not-concurrently.js';
import { dropColumn } from './drop-column.js';
import { dropDatabase } from './drop-database.js';
import { dropIndexNotConcurrently } from './drop-index-not-concurrently.js';
import { dropTable } from './drop-table.js';
import {
  exceptionInvalid, exceptionUnused, invalidFile, largeFile, missingDownFile, nonSqlFile, parseError, psqlMetaCommand,
} from './file-rules.js';
import { needsNoTransaction } from './needs-no-transaction.js';
import { newerThanTarget } from './newer-than-target.js';
import { preferRobustStmts } from './prefer-robust-stmts.js';
import { reindexNotConcurrently } from './reindex-not-concurrently.js';
import { renameColumn } from './rename-column.js';
import { renameTable } from './rename-table.js';
import { setNotNullWithoutCheck } from './set-not-null-without-check.js';
import { timeoutTurnedOff } from './timeout-turned-off.js';
import { transactionControl } from './transaction-control.js';
import { truncate } from './truncate.js';
import { uniqueConstraintWithoutIndex } from './unique-constraint-without-index.js';
import { vacuumFullOrCluster } from './vacuum-full-or-cluster.js';

/** Every rule, in the order the README lists them. A new rule is one file, added here. */
export const RULES = [
  createIndexNotConcurrently,
  needsNoTransaction,
  dropIndexNotConcurrently,
  reindexNotConcurrently,
  vacuumFullOrCluster,
  addColumnRewrite,
  addColumnRequired,
  setNotNullWithoutCheck,
  addConstraintWithoutNotValid,
  attachPartitionWithoutCheck,
  detachPartitionNotConcurrently,
  alterDomainAddConstraint,
  uniqueConstraintWithoutIndex,
  alterColumnType,
  dropTable,
  dropColumn,
  dropDatabase,
  truncate,
  renameTable,
  renameColumn,
  transactionControl,
  timeoutTurnedOff,
  preferRobustStmts,
  newerThanTarget,
  missingDownFile,
  parseError,
  invalidFile,
  psqlMetaCommand,
  nonSqlFile,
  largeFile,
  exceptionInvalid,
  exceptionUnused,
] as const satisfies readonly LintRule[];

export type RuleId = (typeof RULES)[number]['id'];

// A rule declared as a plain `LintRule` (not through defineRule) widens RuleId to string, and
// every misspelt id would compile again: this line stops compiling instead.
const idsAreLiterals: string extends RuleId ? 'declare every rule with defineRule({...})' : true = true;
void idsAreLiterals;

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

export const RULE_BY_ID: ReadonlyMap<string, LintRule<RuleId>> = new Map(RULES.map((r) => [r.id, r]));

/** The rules that look at statements; the others are raised by reading files and folders. */
export const STATEMENT_RULES: readonly LintRule<RuleId>[] = RULES.filter((r) => r.check !== undefined);

export function ruleById(id: RuleId | string): LintRule<RuleId> {
  const rule = RULE_BY_ID.get(id);
  if (!rule) throw new Error(`unknown lint rule ${id}`);
  return rule;
}
