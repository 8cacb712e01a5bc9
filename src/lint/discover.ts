import type { Dirent } from 'node:fs';
import path from 'node:path';
import type { RepoPath } from '../config/paths.js';
import type { PhaseConfig } from '../config/load.js';
import { listFolder, listMigrations, MAX_FILES_PER_FOLDER } from '../migrate/source.js';
import { configError } from '../errors/promote-error.js';
import { compareVersions, parseVersionedName, type Version } from '../migrate/versions.js';
import { byCodeUnits } from '../code-unit-order.js';
import { LAYOUT_READERS } from '../migrate/layouts/index.js';
import { versionsOf } from '../migrate/layout-source.js';

/**
 * A phase's migrations folder, listed for lint. Migrate's discovery stops at the first bad
 * file; here a bad name, a duplicate version or a stray non-SQL file is a finding on that
 * file and the rest of the folder is still linted.
 */
export interface ListedFile {
  path: RepoPath;
  version: Version;
  /** Another tool's layout: the SQL that runs forward (a section of the file for one-file tools, from its line), and whether in a transaction. */
  layout?: LayoutSection;
}

export interface LayoutSection {
  sql: string;
  transactional?: boolean;
  /** The file's line on which `sql` starts (default 1). */
  firstLine?: number;
}

export interface PhaseListing {
  phase: PhaseConfig;
  files: ListedFile[];
  problems: Array<{ file: string; rule: 'invalid-file' | 'non-sql-file'; message: string }>;
  /** Versions that have a DOWN file; undefined when the phase has no down folder configured. */
  downs?: Set<string>;
  /** Why the down folder could not be read, when it could not. */
  downsMissing?: string;
}

export function listPhase(root: string, phase: PhaseConfig): PhaseListing {
  if (phase.layout !== 'pg-promote') return listLayoutPhase(root, phase);
  // The same listing migrate reads (src/migrate/source.ts): what it refuses is a finding here.
  const found = listMigrations(root, phase.migrations, `phases.${phase.name}.migrations`);
  const listing: PhaseListing = { phase, files: found.entries, problems: [] };
  for (const file of found.others) {
    listing.problems.push({ rule: 'non-sql-file', file, message: `'${file.split('/').pop()}' is not a .sql file: migrate never runs it` });
  }
  for (const p of found.problems) {
    listing.problems.push({ rule: 'invalid-file', file: p.file, message: p.rule === 'outside-root' ? p.message : `${p.message}${p.rule === 'invalid-name' ? ':' : ';'} migrate refuses the folder` });
  }
  listing.problems.sort((a, b) => byCodeUnits(a.file, b.file));
  // A folder or FIFO named like a migration is skipped by migrate, and said: here it is a file
  // that cannot be read, in its place among the others. Hidden files both skip silently.
  for (const s of found.skipped.filter((e) => !e.why.startsWith('a hidden'))) {
    const name = s.file.split('/').pop()!;
    const version = parseVersionedName(name);
    if (version) listing.files.push({ path: { rel: s.file, abs: path.join(phase.migrations.abs, name) }, version });
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

/**
 * A phase in another tool's layout, read by its reader: each problem it found is a finding on
 * its file. A section of a file (dbmate's, goose's up) keeps the line it starts on, as migrate
 * reads it, so findings name the file's own lines.
 */
function listLayoutPhase(root: string, phase: PhaseConfig): PhaseListing {
  const read = LAYOUT_READERS[phase.layout](root, phase.migrations.rel);
  const versions = versionsOf(read.files);
  const listing: PhaseListing = {
    phase,
    files: read.files.map((f, i) => ({ path: { rel: f.path, abs: path.join(root, f.path) }, version: versions[i]!, layout: { sql: f.upSql, firstLine: f.upLine, transactional: f.transactional } })),
    problems: read.problems.map((p) => ({ rule: 'invalid-file' as const, file: p.context.file ?? phase.migrations.rel, message: `${p.message}; migrate refuses the folder` })),
  };
  listing.problems.sort((a, b) => byCodeUnits(a.file, b.file));
  return listing;
}
