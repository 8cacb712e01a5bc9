/**
 * A migration's version is the leading number of its file name: 001_create.sql is version 1,
 * 2.1_fix.sql is 2.1. Ordering is numeric part by part ("natural"), so 10 follows 9.
 */
export interface Version {
  /** Normalised text: no leading zeros, parts joined by '.'. */
  text: string;
  parts: bigint[];
  /** What follows the version in the file name, without the .sql extension. */
  description: string;
  /**
   * The parts are the migration's place in its tool's order, not numbers read from its version
   * (Sqitch's change names): another number means nothing in that order.
   */
  byPlace?: boolean;
}

const NAME_PATTERN = /^(\d+(?:\.\d+)*)(?:[_-]+(.*?))?\.sql$/i;

export function parseVersionedName(fileName: string): Version | undefined {
  const match = NAME_PATTERN.exec(fileName);
  if (!match) return undefined;
  const parts = (match[1] as string).split('.').map((p) => BigInt(p));
  return { text: parts.map(String).join('.'), parts, description: match[2] ?? '' };
}

export function parseVersionText(text: string): bigint[] | undefined {
  if (!/^\d+(?:\.\d+)*$/.test(text)) return undefined;
  return text.split('.').map((p) => BigInt(p));
}

export function compareVersions(a: readonly bigint[], b: readonly bigint[]): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i] ?? 0n;
    const y = b[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
