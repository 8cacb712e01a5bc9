import { parseFrom, parseHistoryTable, TOOLS } from '../adopt/foreign-history.js';
import { usageError } from '../errors/promote-error.js';
import { defineCommand } from './command.js';
import { DRY_RUN } from './migrate.js';
import { TO_VERSION } from './shared.js';

export const baseline = defineCommand({
  name: 'baseline',
  summary: 'take over a database another tool (or a hand) migrated: record its versions as applied without running them (one --phase)',
  connects: true,
  writes: true,
  dryRun: true,
  windows: 'none',
  actionNames: ['baseline'],
  options: {
    to: TO_VERSION,
    from: { flag: 'from', type: 'string', arg: 'TOOL', doc: `baseline: record exactly the versions another tool's history table says it applied: auto, ${TOOLS.join(', ')}.` },
    project: { flag: 'project', type: 'string', arg: 'NAME', doc: 'baseline --from sqitch: the Sqitch project, when the registry holds several.' },
    historyTable: {
      flag: 'history-table', type: 'string', arg: 'SCHEMA.TABLE',
      doc: "baseline --from: the other tool's history table when it was configured with a name of its own (Flyway's table, golang-migrate's x-migrations-table, dbmate's --migrations-table; for Sqitch, REGISTRY.changes).",
    },
    dryRun: DRY_RUN,
  },
  engine: (o, shared) => {
    if ((o.to === undefined) === (o.from === undefined)) {
      throw usageError('baseline needs exactly one of --to VERSION or --from auto|TOOL', { key: o.to === undefined ? '--to' : '--from' });
    }
    if (o.from !== undefined) parseFrom(o.from);
    if (o.project !== undefined && o.from === undefined) throw usageError('--project goes with --from sqitch (or auto)', { key: '--project' });
    if (o.historyTable !== undefined && o.from === undefined) throw usageError('--history-table goes with --from (auto or the tool)', { key: '--history-table' });
    if (o.historyTable !== undefined) parseHistoryTable(o.historyTable);
    return { ...shared, dryRun: o.dryRun ?? false, baseline: { to: o.to, from: o.from, project: o.project, historyTable: o.historyTable } };
  },
  report: () => ({}),
  async run(ctx) {
    return (await import('../engine/baseline.js')).baseline(ctx);
  },
});
