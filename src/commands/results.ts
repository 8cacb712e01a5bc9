import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const RESULTS = { flag: 'results', type: 'list', arg: 'FILE', doc: 'report and notify: result JSON files of earlier stages (a folder stands for the .json files in it), comma separated or repeated.' } as const;

/** A folder among the results stands for the result JSON files in it (downloaded artifacts land as folders). */
export function expandResults(root: string, entries: readonly string[]): string[] {
  return entries.flatMap((entry) => {
    const abs = path.resolve(root, entry);
    if (!existsSync(abs) || !statSync(abs).isDirectory()) return [entry];
    return readdirSync(abs)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => path.join(abs, f));
  });
}
