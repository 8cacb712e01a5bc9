import { readFileSync } from 'node:fs';
import { usageError } from '../errors/promote-error.js';

/**
 * A JSON file named by an option (--results, --compare): read whole, with a size limit, and
 * every way it can be wrong is a usage error naming the option and the file. What the document
 * must look like is the caller's to check.
 */
export function readJsonFile(abs: string, where: { key: string; file: string }, expected: { what: string; maxBytes: number; hint: string }): unknown {
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw usageError(`${where.key}: ${code === 'ENOENT' ? `file not found${expected.hint ? ` (${expected.hint})` : ''}` : (err as Error).message}`, where);
  }
  if (text.length > expected.maxBytes) throw usageError(`${where.key}: file is too large to be ${expected.what}`, where);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw usageError(`${where.key}: not JSON (pass ${expected.what})`, where);
  }
}
