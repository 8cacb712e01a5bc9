import type { Dirent } from 'node:fs';
import path from 'node:path';
import { assertInsideRealRoot, type RepoPath } from '../config/paths.js';
import type { PhaseConfig } from '../config/load.js';
import { listFolder, MAX_FILES_PER_FOLDER } from '../migrate/discover.js';
import { configError } from '../errors/promote-error.js';
import { compareVersions, parseVersionedName, type Version } from '../migrate/versions.js';
import { byCodeUnits } from '../code-unit-order.js';

/**
 * A phase's migrations folder, listed for lint. Migrate's discovery stops at the first bad
 * file; here a bad name, a duplicate version or a stray non-SQL file is a finding on that
 * file and the rest of the folder is still linted.
 */
export interface PhaseListing {
  phase: PhaseConfig;
  files: Array<{ path: RepoPath; version: Version }>;
  problems: Array<{ file: string; rule: 'invalid-file' | 'non-sql-file'; message: string }>;
  /** Versions that have a DOWN file; undefined when the phase has no down folder configured. */
  downs?: Set<string>;
  /** Why the down folder could not be read, when it could not. */
  downsMissing?: string;
}

export function listPhase(root: string, phase: PhaseConfig): PhaseListing {
  const key = `phases.${phase.name}.migrations`;
  const listing: PhaseListing = { phase, files: [], problems: [] };
  const byVersion = new Map<string, string>();
  for (const entry of readFolder(root, phase.migrations, key)) {
    const rel = `${phase.migrations.rel}/${entry.name}`;
    // .gitkeep and editor droppings are not anyone's attempt at a migration.
    if (entry.name.startsWith('.') || !(entry.isFile() || entry.isSymbolicLink())) continue;
    if (!entry.name.toLowerCase().endsWith('.sql')) {
      listing.problems.push({
        rule: 'non-sql-file',
        file: rel,
        message: `'${entry.name}' is not a .sql file: migrate never runs it`,
      });
      continue;
    }
    const version = parseVersionedName(entry.name);
    if (!version) {
      listing.problems.push({ rule: 'invalid-file', file: rel, message: 'file name does not start with a version number (expected e.g. 001_create_tables.sql): migrate refuses the folder' });
      continue;
    }
    const clash = byVersion.get(version.text);
    if (clash) {
      listing.problems.push({ rule: 'invalid-file', file: rel, message: `version ${version.text} is used twice: ${clash} and ${entry.name}; migrate refuses the folder` });
      continue;
    }
    const file: RepoPath = { rel, abs: path.join(phase.migrations.abs, entry.name) };
    try {
      if (entry.isSymbolicLink()) assertInsideRealRoot(root, file, { file: rel, key });
    } catch (err) {
      listing.problems.push({ rule: 'invalid-file', file: rel, message: (err as Error).message });
      continue;
    }
    byVersion.set(version.text, entry.name);
    listing.files.push({ path: file, version });
  }
  listing.files.sort((a, b) => compareVersions(a.version.parts, b.version.parts));
  if (phase.down) {
    try {
      const names = readFolder(root, phase.down, `phases.${phase.name}.down`).map((e) => e.name);
      listing.downs = new Set(names.flatMap((n) => parseVersionedName(n)?.text ?? []));
    } catch (err) {
      listing.downs = new Set();
      listing.downsMissing = (err as Error).message;
    }
  }
  return listing;
}

function readFolder(root: string, folder: RepoPath, key: string): Dirent[] {
  const entries = listFolder(root, folder, key);
  if (entries.length > MAX_FILES_PER_FOLDER) {
    throw configError(`folder holds ${entries.length} files; the limit is ${MAX_FILES_PER_FOLDER}`, { file: folder.rel, key });
  }
  return entries.sort((a, b) => byCodeUnits(a.name, b.name));
}
