import type { LintRule } from '../rule.js';
import { addColumnRewrite } from './add-column-rewrite.js';
import { addConstraintWithoutNotValid } from './add-constraint-without-not-valid.js';
import { alterColumnType } from './alter-column-type.js';
import { concurrentlyInTransaction } from './concurrently-in-transaction.js';
import { createIndexNotConcurrently } from './create-index-not-concurrently.js';
import { dropColumn } from './drop-column.js';
import { dropIndexNotConcurrently } from './drop-index-not-concurrently.js';
import { dropTable } from './drop-table.js';
import {
  exceptionInvalid, exceptionUnused, invalidFile, largeFile, missingDownFile, nonSqlFile, parseError, psqlMetaCommand,
} from './file-rules.js';
import { renameColumn } from './rename-column.js';
import { renameTable } from './rename-table.js';
import { setNotNullWithoutCheck } from './set-not-null-without-check.js';
import { transactionControl } from './transaction-control.js';
import { truncate } from './truncate.js';
import { uniqueConstraintWithoutIndex } from './unique-constraint-without-index.js';

/** Every rule, in the order the README lists them. A new rule is one file, added here. */
export const RULES: readonly LintRule[] = [
  createIndexNotConcurrently,
  concurrentlyInTransaction,
  dropIndexNotConcurrently,
  addColumnRewrite,
  setNotNullWithoutCheck,
  addConstraintWithoutNotValid,
  uniqueConstraintWithoutIndex,
  alterColumnType,
  dropTable,
  dropColumn,
  truncate,
  renameTable,
  renameColumn,
  transactionControl,
  missingDownFile,
  parseError,
  invalidFile,
  psqlMetaCommand,
  nonSqlFile,
  largeFile,
  exceptionInvalid,
  exceptionUnused,
];

export const RULE_BY_ID: ReadonlyMap<string, LintRule> = new Map(RULES.map((r) => [r.id, r]));

/** The rules that look at statements; the others are raised by reading files and folders. */
export const STATEMENT_RULES: readonly LintRule[] = RULES.filter((r) => r.check !== undefined);

export function ruleById(id: string): LintRule {
  const rule = RULE_BY_ID.get(id);
  if (!rule) throw new Error(`unknown lint rule ${id}`);
  return rule;
}
