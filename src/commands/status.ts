import { emptyFilesReport } from '../result.js';
import { defineCommand } from './command.js';
import { NO_OPTIONS } from './shared.js';

export const status = defineCommand({
  name: 'status',
  summary: 'show applied, pending and drifted files per phase',
  connects: true,
  writes: false,
  dryRun: false,
  windows: 'none',
  actionNames: ['status'],
  options: NO_OPTIONS,
  engine: (_o, shared) => ({ ...shared }),
  report: emptyFilesReport,
  async run(ctx) {
    return (await import('../engine/inspect.js')).inspect(ctx, emptyFilesReport());
  },
});
