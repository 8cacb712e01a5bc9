import { byCodeUnits } from '../../code-unit-order.js';
import { Collector } from './collect.js';
import { exists, joinRel } from './folder.js';
import { EMPTY_NOTE, isEmptySql, unwrapTransaction } from './sql-body.js';
import type { LayoutRead } from './types.js';

/**
 * Sqitch: `sqitch.plan` names the changes in the order they deploy; each has
 * `deploy/<name>.sql`, `revert/<name>.sql` and `verify/<name>.sql`. A change reworked after a
 * tag appears twice in the plan: its earlier instance's scripts are `deploy/<name>@<tag>.sql`,
 * the tag being one of those between it and its next instance, and its version here is `<name>@<tag>`.
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
  /** For an instance reworked later: the tags between it and its next instance, the candidates for its file names. */
  tags?: string[];
}

function parsePlan(c: Collector, rel: string, text: string): PlannedChange[] | undefined {
  const entries: Array<PlannedChange | { tag: string }> = [];
  let failed = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('%')) return;
    if (line.startsWith('@')) {
      entries.push({ tag: /^@(\S+)/.exec(line)?.[1] as string });
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
    entries.push({ name, line: index + 1, note: (note ?? '').trim() });
  });
  if (failed) return undefined;
  const changes: PlannedChange[] = [];
  entries.forEach((entry, at) => {
    if ('tag' in entry) return;
    changes.push(entry);
    const next = entries.findIndex((later, k) => k > at && 'name' in later && later.name === entry.name);
    if (next < 0) return;
    entry.tags = entries.slice(at + 1, next).flatMap((between) => ('tag' in between ? [between.tag] : []));
    if (entry.tags.length === 0) {
      c.problem(`line ${entry.line}: change ${entry.name} is planned twice with no tag between`, rel, entry.name);
      failed = true;
    }
  });
  return failed ? undefined : changes;
}

/**
 * A reworked instance's scripts carry the name of a tag between it and its next instance: Sqitch
 * takes the first such tag whose deploy script exists (more tags may have been added since).
 */
function versionOf(root: string, folder: string, change: PlannedChange): string {
  if (change.tags === undefined) return change.name;
  const tag = change.tags.find((t) => exists(root, joinRel(folder, `deploy/${change.name}@${t}.sql`))) ?? change.tags[0];
  return `${change.name}@${tag}`;
}

function judge(sql: string): { sql: string; transactional: boolean; notes: string[] } {
  const unwrapped = unwrapTransaction(sql);
  const empty = isEmptySql(unwrapped.sql);
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
    const version = versionOf(root, folder, change);
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
