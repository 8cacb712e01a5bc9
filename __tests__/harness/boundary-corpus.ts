import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './cli.js';

/** The boundary check's corpus of true writes and decoys, and the writes it must find (file:line kind object). */
export const CORPUS = path.join(REPO_ROOT, '__tests__/fixtures/boundary/corpus');
export const EXPECTED = (JSON.parse(readFileSync(path.join(REPO_ROOT, '__tests__/fixtures/boundary/expected.json'), 'utf8')) as { writes: string[] }).writes;
