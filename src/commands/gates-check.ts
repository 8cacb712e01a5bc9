import { parseEnvironmentList } from '../github/parse.js';
import { defineCommand } from './command.js';
import { ENVIRONMENTS, REPO, repoOf } from './github-options.js';

export const gatesCheck = defineCommand({
  name: 'gates-check',
  cli: 'gates check',
  summary: 'check that every sign-off environment exists and has required reviewers, and every target environment a protection rule; exit 1 if not',
  connects: false,
  writes: false,
  dryRun: false,
  windows: 'none',
  actionNames: ['gates-check'],
  options: {
    repo: REPO,
    environments: ENVIRONMENTS,
    targets: { flag: 'target-environments', type: 'list', arg: 'A,B', doc: 'gates-check: environments holding database credentials, comma or newline separated; each must exist and have a protection rule (required reviewers or chosen branches).' },
  },
  engine: (o, shared, ctx) => ({ ...shared, github: { environments: parseEnvironmentList(o.environments ?? []), targets: o.targets ?? [], repo: repoOf(o.repo, ctx) } }),
  report: () => ({}),
  async run(ctx) {
    return (await import('../engine/github.js')).gatesCheck(ctx);
  },
});
