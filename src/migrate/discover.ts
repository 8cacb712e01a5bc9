import { type Dirent, readdirSync } from 'node:fs';
import path from 'node:path';
import { assertInsideRealRoot, type RepoPath } from '../config/paths.js';
import type { PhaseConfig } from '../config/load.js';
import { configError } from '../errors/promote-error.js';
import { readSqlFile, type SqlFile } from './sql-file.js';
import { compareVersions, parseVersionedName, type Version } from './versions.js';
import { byCodeUnits } from '../code-unit-order.js';

export interface MigrationFile extends SqlFile {
  version: Version;
}

/** Everything on disk for one phase, read and validated before anything touches a database. */
export interface PhaseFiles {
  phase: PhaseConfig;
  migrations: MigrationFile[];
  views: SqlFile[];
  policies: SqlFile[];
  /** DOWN files by normalised version; read lazily only by `down`. */
  downs?: Map<string, MigrationFile>;
}

/** A folder this large is a mistake (or an attack), not a migration history. */
export const MAX_FILES_PER_FOLDER = 10_000;

export function discoverPhase(root: string, phase: PhaseConfig, options: { withDowns?: boolean } = {}): PhaseFiles {
  const migrations = readVersionedFolder(root, phase.migrations, `phases.${phase.name}.migrations`);
  const readOne = (file: RepoPath, key: string) => {
    assertInsideRealRoot(root, file, { file: file.rel, key });
    return readSqlFile(file);
  };
  const result: PhaseFiles = {
    phase,
    migrations,
    views: phase.views.map((f) => readOne(f, `phases.${phase.name}.views`)),
    policies: phase.policies.map((f) => readOne(f, `phases.${phase.name}.policies`)),
  };
  if (options.withDowns) {
    if (!phase.down) throw configError(`phase '${phase.name}' has no down folder configured`, { key: `phases.${phase.name}.down` });
    const downs = readVersionedFolder(root, phase.down, `phases.${phase.name}.down`);
    result.downs = new Map(downs.map((d) => [d.version.text, d]));
  }
  return result;
}

/** Lists NNN_name.sql files, ordered by version; two files with one version are an error. */
export function readVersionedFolder(root: string, folder: RepoPath, key: string): MigrationFile[] {
  const entries = listFolder(root, folder, key);
  const sqlEntries = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && e.name.toLowerCase().endsWith('.sql'));
  if (sqlEntries.length > MAX_FILES_PER_FOLDER) {
    throw configError(`folder holds ${sqlEntries.length} .sql files; the limit is ${MAX_FILES_PER_FOLDER}`, { file: folder.rel, key });
  }
  const files: MigrationFile[] = [];
  const byVersion = new Map<string, string>();
  for (const entry of sqlEntries.sort((a, b) => byCodeUnits(a.name, b.name))) {
    const rel = `${folder.rel}/${entry.name}`;
    const version = parseVersionedName(entry.name);
    if (!version) {
      throw configError(`file name does not start with a version number (expected e.g. 001_create_tables.sql)`, { file: rel });
    }
    const clash = byVersion.get(version.text);
    if (clash) throw configError(`version ${version.text} is used twice: ${clash} and ${entry.name}`, { file: rel });
    byVersion.set(version.text, entry.name);
    const file: RepoPath = { rel, abs: path.join(folder.abs, entry.name) };
    // A plain file in a folder already checked is inside the root; only links need resolving.
    if (entry.isSymbolicLink()) assertInsideRealRoot(root, file, { file: rel, key });
    files.push({ ...readSqlFile(file), version });
  }
  return files.sort((a, b) => compareVersions(a.version.parts, b.version.parts));
}

/** A configured folder's entries: inside the repository, there, and a folder, or a config error naming it. */
export function listFolder(root: string, folder: RepoPath, key: string): Dirent[] {
  assertInsideRealRoot(root, folder, { file: folder.rel, key });
  try {
    return readdirSync(folder.abs, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'folder not found' : code === 'ENOTDIR' ? 'not a folder' : (err as Error).message;
    throw configError(`${why} (configured as ${key})`, { file: folder.rel, key });
  }
}
