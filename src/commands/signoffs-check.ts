import { parseEnvironmentList, parseMaxAge } from '../github/parse.js';
import { defineCommand } from './command.js';
import { ENVIRONMENTS, REPO, repoOf, RUN_ID, runIdOf } from './github-options.js';

export const signoffsCheck = defineCommand({
  name: 'signoffs-check',
  summary: "check that this run's sign-offs hold: approved, by different people, none of them whoever started the run, recently enough; exit 1 if not",
  connects: false,
  writes: false,
  dryRun: false,
  windows: 'none',
  actionNames: ['signoffs-check'],
  options: {
    repo: REPO,
    runId: RUN_ID,
    environments: ENVIRONMENTS,
    maxAge: { flag: 'signoff-max-age', type: 'string', arg: 'AGE', doc: 'signoffs-check: how old a sign-off may be (e.g. 24h, 90min); older ones need a fresh approval.', actionDefault: '24h' },
  },
  engine: (o, shared, ctx) => ({
    ...shared,
    github: { environments: parseEnvironmentList(o.environments ?? []), maxAgeMs: parseMaxAge(o.maxAge, '--signoff-max-age'), repo: repoOf(o.repo, ctx), runId: runIdOf(o.runId, ctx) },
  }),
  report: () => ({}),
  async run(ctx) {
    return (await import('../engine/github.js')).signoffsCheck(ctx);
  },
});
