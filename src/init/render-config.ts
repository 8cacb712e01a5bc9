import type { Detection, DetectedPhase } from './detect.js';

/**
 * The db/promotion.yml `pg-promote init` writes for what it detected: one phase per migrations
 * folder, with its `layout:`. Every guess is a comment beside the value, for a person to check
 * before the first run; what could not be recognised is listed at the end.
 */
export function renderPromotionConfig(detection: Detection): string {
  const lines = [
    '# Written by pg-promote init from the migration folders it recognised. Paths are relative',
    '# to the repository root. Check each phase\'s schema before the first run.',
    'phases:',
  ];
  const names = new Set<string>();
  for (const phase of detection.phases) {
    const name = uniqueName(phaseName(phase), names);
    lines.push(`  - name: ${name}`);
    lines.push(`    schema: ${phase.schema ?? 'public'}${comment(phase.schemaEvidence ? `guessed: ${phase.schemaEvidence}` : 'a guess: no file says which schema it builds')}`);
    lines.push(`    layout: ${phase.layout}${comment(`${phase.evidence}, ${phase.migrations} migration${phase.migrations === 1 ? '' : 's'}`)}`);
    lines.push(`    migrations: ${scalar(phase.folder)}`);
    if (phase.downFolder !== undefined) lines.push(`    down: ${scalar(phase.downFolder)}`);
  }
  if (detection.phases.length === 0) {
    lines.push('  # No migrations folder was recognised: point this phase at yours.');
    lines.push('  - name: app', '    schema: public', '    migrations: db/migrations');
  }
  if (detection.unrecognised.length > 0) {
    lines.push('', '# Not recognised (fix, move or ignore these before migrating):');
    for (const item of detection.unrecognised) lines.push(`#   ${oneLine(item.path)}: ${oneLine(item.why)}`);
  }
  return `${lines.join('\n')}\n`;
}

const comment = (text: string) => `  # ${oneLine(text)}`;

/** A comment must stay one line, whatever a file name holds. */
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

/** Plain paths stay plain; anything YAML could misread is written as a JSON string, which YAML reads the same. */
function scalar(value: string): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_./@-]*$/.test(value) ? value : JSON.stringify(value);
}

/** Folder segments that say nothing about what a phase holds. */
const GENERIC = new Set(['db', 'database', 'databases', 'migrations', 'migration', 'migrate', 'sql', 'src', 'main', 'resources', 'schema', 'schemas', '']);

function phaseName(phase: DetectedPhase): string {
  const meaningful = phase.folder.split('/').filter((s) => !GENERIC.has(s.toLowerCase()));
  const raw = (meaningful[meaningful.length - 1] ?? phase.layout).toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[^a-z]+/, '');
  return (raw === '' ? phase.layout : raw).slice(0, 50);
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name}-${n}`;
  taken.add(candidate);
  return candidate;
}
