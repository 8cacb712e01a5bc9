import { defineRule } from '../rule.js';

const TIMEOUTS: Record<string, string> = {
  lock_timeout: 'may wait behind a lock for ever, with the application\'s queries queued behind it',
  statement_timeout: 'may run for ever',
};

/** `0`, `'0'`, `'0s'`, `'0ms'`, `'0min'`: every spelling of "no timeout". */
const ZERO = /^\s*0*(\.0*)?\s*(us|ms|s|min|h|d)?\s*$/i;

/**
 * pg-promote starts every file with the configured lock_timeout and statement_timeout, and a
 * file may change them for itself. A plain SET to 0 turns the guard off for the rest of the
 * file (it ends with the file: the next file starts from the configured values again), and
 * reads as if it meant the whole run.
 */
export const timeoutTurnedOff = defineRule({
  id: 'timeout-turned-off',
  severity: 'warning',
  lockHazard: false,
  summary: 'SET lock_timeout or statement_timeout to 0: the rest of the file runs without the configured timeout',
  fix: 'Remove it, or set the longer value this file needs (SET LOCAL lock_timeout = \'30s\'); config lock_timeout / statement_timeout set it for every file',
  squawk: [],
  check(node) {
    if (!('VariableSetStmt' in node)) return [];
    const set = node.VariableSetStmt;
    const what = TIMEOUTS[set.name ?? ''];
    if (!what || set.kind !== 'VAR_SET_VALUE' || set.is_local) return [];
    const value = set.args?.[0];
    const constant = value && 'A_Const' in value ? value.A_Const : undefined;
    if (!constant) return [];
    const zero = 'ival' in constant ? !constant.ival?.ival : 'sval' in constant ? ZERO.test(constant.sval?.sval ?? '') : false;
    if (!zero) return [];
    return [{
      message: `SET ${set.name} = 0 turns the configured ${set.name} off for the rest of this file: its later statements ${what}. It ends with the file (the next file starts from the configured value again)`,
    }];
  },
});
