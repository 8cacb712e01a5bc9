import { isUtf8 } from 'node:buffer';
import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { assertInsideRealRoot } from '../../config/paths.js';
import { configError } from '../../errors/promote-error.js';
import { byCodeUnits } from '../../code-unit-order.js';

/** One entry of a folder, a link judged by what it leads to. */
export interface Entry {
  name: string;
  /** Repo-relative, forward slashes. */
  rel: string;
  abs: string;
  kind: 'file' | 'folder' | 'other';
}

export const joinRel = (folder: string, name: string): string => (folder === '' || folder === '.' ? name : `${folder}/${name}`);

/** A folder's entries in code-unit order; a missing folder is a config error naming it. */
export function listEntries(root: string, folder: string): Entry[] {
  const abs = path.join(root, folder);
  // A link may not make pg-promote read (and run) files from outside the repository.
  assertInsideRealRoot(root, { rel: folder, abs }, { file: folder });
  let dirents: Dirent[];
  try {
    dirents = readdirSync(abs, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'folder not found' : code === 'ENOTDIR' ? 'not a folder' : (err as Error).message;
    throw configError(why, { file: folder });
  }
  return dirents
    .sort((a, b) => byCodeUnits(a.name, b.name))
    .map((dirent) => ({ name: dirent.name, rel: joinRel(folder, dirent.name), abs: path.join(abs, dirent.name), kind: kindOf(abs, dirent) }));
}

/** Only a link costs a stat: what it leads to decides. */
function kindOf(folderAbs: string, dirent: Dirent): Entry['kind'] {
  if (dirent.isFile()) return 'file';
  if (dirent.isDirectory()) return 'folder';
  if (!dirent.isSymbolicLink()) return 'other';
  try {
    const stat = statSync(path.join(folderAbs, dirent.name));
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
  } catch {
    return 'file'; // a dangling link: reading it says so, naming it
  }
}

export function exists(root: string, rel: string): boolean {
  try {
    statSync(path.join(root, rel));
    return true;
  } catch {
    return false;
  }
}

/** A text file as the tools read it: UTF-8, a leading BOM dropped. Refused: unreadable, NUL bytes, other encodings. */
export function readText(root: string, rel: string): string {
  const abs = path.join(root, rel);
  assertInsideRealRoot(root, { rel, abs }, { file: rel });
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw configError(`cannot read file: ${code === 'ENOENT' ? 'not found' : (err as Error).message}`, { file: rel });
  }
  if (bytes.includes(0)) throw configError('file contains a NUL byte: not a SQL text file', { file: rel });
  if (!isUtf8(bytes)) throw configError('file is not valid UTF-8 (save it as UTF-8)', { file: rel });
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}
