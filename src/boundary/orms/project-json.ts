import { readSource } from '../files.js';

/**
 * A JavaScript project's JSON files (tsconfig.json, jsconfig.json, package.json) as their tools
 * read them: a byte-order mark, comments and trailing commas allowed (tsconfig takes all three),
 * strings kept whole. 'unreadable' when the file cannot be read; 'not JSON' when it holds no
 * object. Unlike an option's JSON file (src/config/json-file.ts), whose faults are usage errors,
 * a project's file that cannot be read only costs the scan what it would have mapped: the caller warns.
 */
export function readProjectJson(file: string): Record<string, unknown> | 'unreadable' | 'not JSON' {
  const read = readSource(file);
  if (!read.ok) return 'unreadable';
  const strip = (s: string, pattern: RegExp) => s.replace(pattern, (m) => (m.startsWith('"') ? m : ''));
  const uncommented = strip(read.bytes.toString('utf8').replace(/^\uFEFF/, ''), /"(?:[^"\\\n]|\\.)*"|\/\/[^\n]*|\/\*[\s\S]*?\*\//g);
  try {
    const value: unknown = JSON.parse(strip(uncommented, /"(?:[^"\\\n]|\\.)*"|,(?=\s*[}\]])/g));
    return isObject(value) ? value : 'not JSON';
  } catch {
    return 'not JSON';
  }
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
