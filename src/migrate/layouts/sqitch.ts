import { byCodeUnits } from '../../code-unit-order.js';
import { Collector } from './collect.js';
import { exists, joinRel } from './folder.js';
import { EMPTY_NOTE, statementsOf, unwrapTransaction } from './sql-body.js';
import type { LayoutRead } from './types.js';

/**
 * Sqitch: `sqitch.plan` names the changes in the order they deploy; each has
 * `deploy/<name>.sql`, `revert/<name>.sql` and `verify/<name>.sql`. A change reworked after a
 * tag appears twice in the plan: its earlier instance's scripts are `deploy/<name>@<tag>.sql`,
 * the tag being the first one after that instance, and its version here is `<name>@<tag>`.
 *
 * Sqitch runs a script through psql and opens no transaction of its own: a script wrapped in
 * BEGIN ... COMMIT (its templates) is one transaction (pg-promote opens it instead, the wrapper
 * blanked), a script without that wrapper runs statement by statement. Verify scripts are checks,
 * not migrations, and are not read.
 */
interface PlannedChange {
  name: string;
  line: number;
  note: string;
  /** The tag whose name the instance's script files carry, for a reworked change's earlier instances. */
  tag?: string;
}

function parsePlan(c: Collector, rel: string, text: string): PlannedChange[] | undefined {
  const changes: PlannedChange[] = [];
  const untagged: PlannedChange[] = [];
  let failed = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('%')) return;
    if (line.startsWith('@')) {
      const tag = /^@(\S+)/.exec(line)?.[1] as string;
      for (const change of untagged.splice(0)) change.tag = tag;
      return;
    }
    // name [dependencies] timestamp planner <email> # note: names and the rest hold no '#'.
    const match = /^([+-]?)([^\s[#]+)([^#]*)(?:#\s*(.*))?$/.exec(line);
    if (!match) {
      c.problem(`line ${index + 1} is not a change or a tag`, rel);
      failed = true;
      return;
    }
    const [, sign, name, , note] = match as unknown as [string, string, string, string, string | undefined];
    if (sign === '-') {
      c.problem(`line ${index + 1}: a revert entry (-${name}) in the plan; pg-promote reads deploy entries only`, rel);
      failed = true;
      return;
    }
    const change: PlannedChange = { name, line: index + 1, note: (note ?? '').trim() };
    changes.push(change);
    untagged.push(change);
  });
  if (failed) return undefined;
  // Only instances followed by a later instance of the same name carry a tag in their file names.
  const last = new Map(changes.map((change) => [change.name, change]));
  for (const change of changes) {
    if (last.get(change.name) === change) delete change.tag;
    else if (change.tag === undefined) {
      c.problem(`line ${change.line}: change ${change.name} is planned twice with no tag between`, rel, change.name);
      return undefined;
    }
  }
  return changes;
}

function judge(sql: string): { sql: string; transactional: boolean; notes: string[] } {
  const unwrapped = unwrapTransaction(sql);
  const empty = statementsOf(unwrapped.sql).length === 0;
  if (unwrapped.wrapped) {
    // Sqitch's own template: the usual shape, worth no note.
    return { sql: unwrapped.sql, transactional: true, notes: empty ? [EMPTY_NOTE] : [] };
  }
  if (empty) return { sql, transactional: true, notes: [EMPTY_NOTE] };
  return { sql, transactional: false, notes: ['no BEGIN ... COMMIT around the script: sqitch runs it statement by statement, so it runs without a transaction'] };
}

export function readSqitch(root: string, folder: string): LayoutRead {
  const c = new Collector('sqitch', root, folder);
  const planRel = joinRel(folder, 'sqitch.plan');
  const text = c.text(planRel);
  const plan = text === undefined ? undefined : parsePlan(c, planRel, text);
  const order = new Map<string, number>();
  const compare = (a: string, b: string): number => {
    const [x, y] = [order.get(a), order.get(b)];
    if (x !== undefined && y !== undefined) return x - y;
    if (x !== undefined || y !== undefined) return x !== undefined ? -1 : 1;
    return byCodeUnits(a, b);
  };
  if (!plan) return c.finish(compare);
  const planned = new Set<string>();
  for (const change of plan) {
    const version = change.tag === undefined ? change.name : `${change.name}@${change.tag}`;
    const deploy = joinRel(folder, `deploy/${version}.sql`);
    planned.add(deploy);
    if (!exists(root, deploy)) {
      c.problem(`change ${version} (sqitch.plan line ${change.line}) has no deploy script`, deploy, version);
      continue;
    }
    const sql = c.text(deploy);
    if (sql === undefined || !c.claim(version, version, deploy)) continue;
    order.set(version, order.size);
    const up = judge(sql);
    const file = { version, historyKey: version, description: change.note, path: deploy, upSql: up.sql, upLine: 1, transactional: up.transactional, notes: up.notes };
    const revert = joinRel(folder, `revert/${version}.sql`);
    const revertSql = exists(root, revert) ? c.text(revert) : undefined;
    if (revertSql === undefined) c.files.push(file);
    else {
      const down = judge(revertSql);
      c.files.push({ ...file, downSql: down.sql, downPath: revert, downLine: 1, downTransactional: down.transactional });
    }
  }
  const walk = (dir: string) => {
    if (!exists(root, dir)) return;
    for (const entry of c.entries(dir)) {
      if (c.skipHidden(entry)) continue;
      if (entry.kind === 'folder') walk(entry.rel);
      else if (entry.name.endsWith('.sql') && !planned.has(entry.rel)) c.problem('a deploy script sqitch.plan does not name', entry.rel);
    }
  };
  walk(joinRel(folder, 'deploy'));
  return c.finish(compare);
}
