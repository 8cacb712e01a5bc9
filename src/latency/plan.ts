import type { PlanEvidence } from './types.js';

interface PlanNode {
  'Node Type': string;
  'Join Type'?: string;
  Schema?: string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

/** The plan's shape: what is scanned, how and by which index, nested; nothing that varies run to run. */
function shapeOf(node: PlanNode): string {
  const join = node['Join Type'] && node['Join Type'] !== 'Inner' ? ` ${node['Join Type']}` : '';
  const relation = node['Relation Name'] ? ` on ${node.Schema ? `${node.Schema}.` : ''}${node['Relation Name']}` : '';
  const index = node['Index Name'] ? ` using ${node['Index Name']}` : '';
  const children = node.Plans?.length ? `(${node.Plans.map(shapeOf).join(', ')})` : '';
  return `${node['Node Type']}${join}${index}${relation}${children}`;
}

/**
 * Evidence from the text of one EXPLAIN (ANALYZE, BUFFERS, VERBOSE, FORMAT JSON). The query id
 * is a 64-bit integer that JSON.parse would round, so it is read from the text.
 */
export function planEvidence(explainText: string): PlanEvidence {
  const parsed = JSON.parse(explainText) as { Plan: PlanNode }[];
  const plan = parsed[0]!.Plan;
  const queryId = /"Query Identifier":\s*(-?\d+)/.exec(explainText)?.[1];
  return {
    shape: shapeOf(plan),
    sharedBlocks: (plan['Shared Hit Blocks'] ?? 0) + (plan['Shared Read Blocks'] ?? 0),
    ...(queryId !== undefined && queryId !== '0' ? { queryId } : {}),
  };
}

/**
 * Shared blocks grew enough to matter: at least doubled and by at least this many blocks. A
 * lost index reads hundreds of times more (2 -> 519); a table that grew between baseline and
 * compare reads a few percent more.
 */
export const BLOCKS_MIN_GROWTH = 64;

export function blocksGrew(before: PlanEvidence, after: PlanEvidence): boolean {
  return after.sharedBlocks >= 2 * before.sharedBlocks && after.sharedBlocks - before.sharedBlocks >= BLOCKS_MIN_GROWTH;
}
