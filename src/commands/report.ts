import path from 'node:path';
import { defineCommand } from './command.js';
import { expandResults, RESULTS } from './results.js';

export const report = defineCommand({
  name: 'report',
  summary: "write the promotion report (markdown and JSON) from this run's stage results",
  connects: true,
  writes: false,
  dryRun: false,
  windows: 'none',
  actionNames: ['report'],
  options: {
    results: RESULTS,
    auditDir: { flag: 'audit-dir', type: 'string', arg: 'DIR', doc: "report: folder of the dated audit file. Default: the config's report.dir, else ops/audit." },
  },
  engine: (o, shared, ctx) => ({ ...shared, report: { results: expandResults(ctx.root, o.results ?? []), auditDir: o.auditDir } }),
  resolve: (config, options) => ({ auditDir: options.report?.auditDir ? path.resolve(options.root, options.report.auditDir) : config.reportDir }),
  report: () => ({}),
  async run(ctx) {
    return (await import('../engine/report.js')).report(ctx);
  },
});
