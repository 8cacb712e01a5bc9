import { usageError } from '../errors/promote-error.js';
import { defineCommand } from './command.js';
import { SCRATCH_URL } from './backup.js';

export const review = defineCommand({
  name: 'review',
  summary: "apply a pull request's migrations to a throwaway database, verify, prove DOWN files (--base REF)",
  // It brings its own throwaway database (or is given one as scratch): no session is opened for it.
  connects: false,
  writes: false,
  dryRun: false,
  windows: 'none',
  actionNames: ['review'],
  options: {
    base: { flag: 'base', input: 'base-ref', type: 'string', arg: 'REF', doc: "review: the base branch or commit the pull request goes into. Default: the pull request's base." },
    head: { flag: 'head', input: 'head-ref', type: 'string', arg: 'REF', doc: "review: the pull request's commit. Default: HEAD." },
    scratchUrl: SCRATCH_URL,
  },
  engine: (o, shared, ctx) => {
    // review runs DOWN files: it never takes a database it was not explicitly given as scratch.
    if (shared.databaseUrlGiven) {
      throw usageError('--database-url does not apply to review: give an empty database with --scratch-url, or none for a throwaway cluster', { key: '--database-url' });
    }
    const base = o.base ?? (ctx.env.GITHUB_BASE_REF ? `origin/${ctx.env.GITHUB_BASE_REF}` : undefined);
    return { configPath: shared.configPath, phases: shared.phases, review: { base, head: o.head, scratchUrl: o.scratchUrl } };
  },
  report: () => ({}),
  async run(ctx) {
    return (await import('../engine/review.js')).review(ctx);
  },
});
