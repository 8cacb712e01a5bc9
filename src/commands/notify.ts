import { defineCommand } from './command.js';
import { expandResults, RESULTS } from './results.js';

export const notify = defineCommand({
  name: 'notify',
  summary: "post a promotion message (--event start|gate|success|failure|rollback) to the config's webhooks",
  connects: false,
  writes: false,
  dryRun: false,
  windows: 'none',
  actionNames: ['notify'],
  options: {
    event: { flag: 'event', type: 'string', arg: 'NAME', doc: 'notify: start, gate, success, failure or rollback.' },
    results: RESULTS,
    message: { flag: 'message', type: 'string', arg: 'TEXT', doc: 'notify: extra text for the message.' },
  },
  engine: (o, shared, ctx) => ({ ...shared, notify: { event: o.event, results: expandResults(ctx.root, o.results ?? []), message: o.message } }),
  report: () => ({}),
  async run(ctx) {
    return (await import('../engine/notify.js')).notify(ctx);
  },
});
