import { defineCommand } from './command.js';

export const boundaryCheck = defineCommand({
  name: 'boundary-check',
  summary: "find code that writes into another app's schema (no database needed)",
  connects: false,
  writes: false,
  dryRun: false,
  windows: 'none',
  // The boundary check has its own action (boundary-check/action.yml).
  actionNames: [],
  options: {
    paths: { flag: 'paths', type: 'list', arg: 'GLOB', doc: "boundary-check: only these files (repeatable; default: every rule's paths)." },
    baseline: { flag: 'baseline', type: 'string', arg: 'FILE', doc: "boundary-check: accepted findings (default: the config's boundary_check.baseline)." },
    sarif: { flag: 'sarif', type: 'string', arg: 'FILE', doc: 'boundary-check: also write SARIF 2.1.0 for code scanning.' },
    rulesFile: {
      flag: 'rules-file',
      type: 'string',
      arg: 'FILE',
      doc: "boundary-check: a YAML or JSON file holding only a boundary_check block, used instead of the config's (then no promotion config is needed).",
    },
  },
  engine: (o, shared) => ({ ...shared, boundary: { paths: o.paths, baseline: o.baseline, sarif: o.sarif, rulesFile: o.rulesFile } }),
  report: () => ({}),
  async run(ctx) {
    return (await import('../engine/boundary-check.js')).boundaryCheck(ctx);
  },
});
