import type { StageSummary } from './report-model.js';

/**
 * The stages as a left-to-right mermaid flowchart, each node coloured by its outcome. GitHub
 * renders mermaid in markdown files and in job summaries, so the audit file and the action's
 * summary show the same picture.
 */
const CLASSES = [
  'classDef pass fill:#dafbe1,stroke:#1a7f37,color:#0f2f19',
  'classDef warn fill:#fff8c5,stroke:#9a6700,color:#3b2300',
  'classDef fail fill:#ffebe9,stroke:#cf222e,color:#4c0b0f',
];

/** Mermaid labels are quoted strings: keep to characters that cannot end or restyle them. */
function label(text: string): string {
  return text.replace(/[^A-Za-z0-9 _.,:/@()+-]/g, ' ').replace(/\s+/g, ' ').trim();
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

export function stageLabel(stage: StageSummary): string {
  const dry = stage.dryRun && (stage.command === 'migrate' || stage.command === 'down') ? ' (dry run)' : '';
  return `${stage.command}${dry}`;
}

export function stagesDiagram(stages: readonly StageSummary[]): string {
  if (stages.length === 0) return '';
  const lines = ['```mermaid', 'flowchart LR'];
  stages.forEach((stage, i) => {
    const verdict = stage.outcome === 'fail' ? 'failed' : stage.outcome === 'warn' ? 'warnings' : 'ok';
    const parts = [stageLabel(stage), stage.database ?? '', `${seconds(stage.durationMs)}, ${verdict}`].map(label).filter(Boolean);
    lines.push(`  s${i}["${parts.join('<br/>')}"]:::${stage.outcome}`);
  });
  if (stages.length > 1) lines.push(`  ${stages.map((_, i) => `s${i}`).join(' --> ')}`);
  lines.push(...CLASSES.map((c) => `  ${c}`), '```');
  return lines.join('\n');
}
