import { defineCommand } from './command.js';
import { REPO, repoOf } from './github-options.js';

export const environmentsApply = defineCommand({
  name: 'environments-apply',
  cli: 'environments apply',
  summary: 'create or update the environments in --file (default .github/pg-promote-environments.yml); --dry-run prints the difference and changes nothing',
  connects: false,
  writes: false,
  dryRun: true,
  windows: 'none',
  // A token that administers the repository is more than a workflow step should hold.
  actionNames: [],
  options: {
    repo: REPO,
    file: { flag: 'file', type: 'string', arg: 'FILE', doc: 'environments apply: the environments file. Default: .github/pg-promote-environments.yml.' },
    dryRun: { flag: 'dry-run', type: 'boolean', doc: 'environments apply: print the difference, send nothing.' },
  },
  engine: (o, shared, ctx) => ({ ...shared, dryRun: o.dryRun ?? false, github: { repo: repoOf(o.repo, ctx), file: o.file } }),
  report: () => ({}),
  async run(ctx) {
    return (await import('../engine/github.js')).environmentsApply(ctx);
  },
});
