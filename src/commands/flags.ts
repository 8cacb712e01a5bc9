import { usageError } from '../errors/promote-error.js';
import { defineCommand } from './command.js';

export const flags = defineCommand({
  name: 'flags',
  summary: "flags off [NAME...]: set flags to 0 (default: the config's rollback list); flags list: show them",
  connects: true,
  writes: true,
  dryRun: false,
  windows: 'none',
  // An input holds one word: the action's flags-off is the CLI's `flags off`.
  actionNames: ['flags-off'],
  options: {
    names: { flag: 'flags', type: 'list', arg: 'NAME', doc: "flags off: the flags to set to 0, comma separated. Default: the config's flags.rollback_off." },
    reason: { flag: 'reason', type: 'string', arg: 'TEXT', doc: 'flags off: why, recorded in the audit trail.' },
  },
  engine: (o, shared, ctx) => {
    const [action, ...names] = ctx.spelledAs === 'flags-off' ? ['off'] : ctx.words;
    if (action !== 'off' && action !== 'list') {
      throw usageError(`flags needs an action: 'flags off [NAME...]' or 'flags list'${action ? `, not '${action}'` : ''}`);
    }
    const named = [...names.flatMap((n) => n.split(',')).map((n) => n.trim()).filter(Boolean), ...(o.names ?? [])];
    return { ...shared, flags: { action, names: named, reason: o.reason } };
  },
  resolve: (config, options) => {
    const given = options.flags?.names ?? [];
    return given.length > 0 ? { names: [...new Set(given)], from: 'flags off' } : { names: [...new Set(config.flags.rollbackOff)], from: 'flags.rollback_off' };
  },
  report: () => ({}),
  async run(ctx) {
    return (await import('../engine/flags.js')).flags(ctx);
  },
});
