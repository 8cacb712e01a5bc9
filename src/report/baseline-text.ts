import type { AnyResult } from '../result.js';

const listed = (versions: readonly string[]): string =>
  versions.length <= 12 ? versions.join(', ') : `${versions.slice(0, 10).join(', ')}, … ${versions.at(-1)} (${versions.length} in all)`;

/** What baseline marked (or would mark), the gaps it left pending, and the drift that stopped it. */
export function baselineLines(result: AnyResult): string[] {
  const b = result.baseline;
  if (!b) return [];
  const verb = b.recorded ? 'marked as applied (baselined, not run)' : b.drift.length > 0 ? 'would mark, but nothing was recorded' : 'would mark as applied (nothing recorded)';
  const lines = [`baseline of phase ${b.phase} from ${b.source}:`];
  lines.push(b.marked.length > 0 ? `  ${verb}: ${b.marked.length} version${b.marked.length === 1 ? '' : 's'}: ${listed(b.marked.map((m) => m.version))}` : '  nothing to mark');
  if (b.alreadyRecorded.length > 0) lines.push(`  already in pg-promote's history (left as they are): ${listed(b.alreadyRecorded)}`);
  if (b.gaps.length > 0) lines.push(`  gaps, left pending (never applied by ${b.source}; below a marked version, so migrate applies them with out_of_order: true): ${listed(b.gaps)}`);
  const after = b.pending.filter((v) => !b.gaps.includes(v));
  if (after.length > 0) lines.push(`  pending for migrate: ${listed(after)}`);
  for (const d of b.drift) lines.push(`  drift: ${d.file} (version ${d.version}): recorded checksum ${d.recorded}, the file now ${d.computed}`);
  return lines;
}
