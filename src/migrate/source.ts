import { type Dirent, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { assertInsideRealRoot, type RepoPath } from '../config/paths.js';
import type { PhaseConfig } from '../config/load.js';
import { configError } from '../errors/promote-error.js';
import { readSqlFile, type FileProblem, type SqlFile } from './sql-file.js';
import { compareVersions, parseVersionedName, type Version } from './versions.js';
import { byCodeUnits } from '../code-unit-order.js';
import { readLayoutPhase } from './layout-source.js';
import { EMPTY_NOTE } from './layouts/sql-body.js';

/**
 * One migration, whatever layout it was read from (Atlas's migrate.File): its version and
 * description from the file name, where it is, its checksum, its SQL split into statements,
 * whether it runs in a transaction. A layout is a function from a folder to these; the
 * pg-promote layout (NNN_description.sql, a -- pg-promote:no-transaction header) is
 * `readVersionedFolder`.
 */
export interface MigrationFile extends SqlFile {
  version: Version;
  description: string;
  /** Its DOWN, where the layout keeps it in the same file (pg-promote's keeps it in a folder of DOWN files). */
  down?: SqlFile;
  /** What the tool the layout belongs to records in its own history table (for adoption). */
  historyKey?: string;
  /** What a person should know about it (an empty file applied as a no-op...), said when it is pending. */
  notes?: string[];
}

/** Everything on disk for one phase, read and validated before anything touches a database. */
export interface PhaseFiles {
  phase: PhaseConfig;
  migrations: MigrationFile[];
  views: SqlFile[];
  policies: SqlFile[];
  /** DOWN files by normalised version; read only for `down`. */
  downs?: Map<string, MigrationFile>;
  /** Entries named like migrations that are not read (a folder, a FIFO, a hidden file): said. */
  skipped: SkippedEntry[];
}


export interface SkippedEntry {
  file: string;
  why: string;
}

/** A folder this large is a mistake (or an attack), not a migration history. */
export const MAX_FILES_PER_FOLDER = 10_000;

/**
 * The one source of a phase's files for every command, read in the phase's layout (pg-promote's
 * own here, another tool's through its reader in layout-source.ts): migrate, plan, status and
 * down throw on the first problem, as here; lint lists the same folder (`listMigrations`, or
 * the layout's reader) and reports each problem as a finding instead.
 */
export function discoverPhase(root: string, phase: PhaseConfig, options: { withDowns?: boolean } = {}): PhaseFiles {
  const skipped: SkippedEntry[] = [];
  const layout = phase.layout === 'pg-promote' ? undefined : readLayoutPhase(root, phase);
  const migrations = layout?.migrations ?? readVersionedFolder(root, phase.migrations, `phases.${phase.name}.migrations`, skipped);
  const readOne = (file: RepoPath, key: string) => {
    assertInsideRealRoot(root, file, { file: file.rel, key });
    return readSqlFile(file);
  };
  const result: PhaseFiles = {
    phase,
    migrations,
    views: phase.views.map((f) => readOne(f, `phases.${phase.name}.views`)),
    policies: phase.policies.map((f) => readOne(f, `phases.${phase.name}.policies`)),
    skipped,
  };
  if (options.withDowns) result.downs = layout?.downs ?? readDownFolder(root, phase, skipped);
  return result;
}

/**
 * A phase's migrations alone, in its layout (review compares a base branch's with a head's).
 * With `problems` (reporting mode), each file problem is added there and the readable files
 * are returned, where migrate throws on the first.
 */
export function readPhaseMigrations(root: string, phase: PhaseConfig, problems?: FileProblem[]): MigrationFile[] {
  if (phase.layout !== 'pg-promote') return readLayoutPhase(root, phase, problems).migrations;
  return readVersionedFolder(root, phase.migrations, `phases.${phase.name}.migrations`, [], problems);
}

/** A phase's DOWN files by version: its down folder (pg-promote's layout) or the tool's own downs. */
export function readPhaseDowns(root: string, phase: PhaseConfig, skipped: SkippedEntry[] = [], problems?: FileProblem[]): Map<string, MigrationFile> {
  if (phase.layout !== 'pg-promote') return readLayoutPhase(root, phase, problems).downs;
  return readDownFolder(root, phase, skipped, problems);
}

function readDownFolder(root: string, phase: PhaseConfig, skipped: SkippedEntry[], problems?: FileProblem[]): Map<string, MigrationFile> {
  if (!phase.down) throw configError(`phase '${phase.name}' has no down folder configured`, { key: `phases.${phase.name}.down` });
  const downs = readVersionedFolder(root, phase.down, `phases.${phase.name}.down`, skipped, problems);
  return new Map(downs.map((d) => [d.version.text, d]));
}

/**
 * The pg-promote layout: NNN_name.sql files, read in version order; the first problem is an
 * error, or with `problems` each one is reported there and the files that can be read are.
 */
export function readVersionedFolder(root: string, folder: RepoPath, key: string, skipped: SkippedEntry[] = [], problems?: FileProblem[]): MigrationFile[] {
  const listing = listMigrations(root, folder, key);
  skipped.push(...listing.skipped);
  const problem = listing.problems[0];
  if (problem && !problems) throw configError(problem.message, { file: problem.file, key: problem.rule === 'outside-root' ? key : undefined });
  problems?.push(...listing.problems.map((p) => ({ file: p.file, rule: 'invalid-file' as const, message: p.message, line: 1, column: 1 })));
  return listing.entries.flatMap((entry) => {
    const file = readSqlFile(entry.path, { allowEmpty: true, problems });
    if (!file) return [];
    const notes = file.statements.length === 0 ? [EMPTY_NOTE] : undefined;
    return [{ ...file, version: entry.version, description: entry.version.description, ...(notes ? { notes } : {}) }];
  });
}

export interface ListedMigration {
  path: RepoPath;
  version: Version;
}

export interface ListingProblem {
  file: string;
  rule: 'invalid-name' | 'duplicate-version' | 'outside-root';
  message: string;
}

/** A folder's migrations as names say, before any is read: what migrate runs and lint lints. */
export interface MigrationListing {
  /** In version order. */
  entries: ListedMigration[];
  problems: ListingProblem[];
  skipped: SkippedEntry[];
  /** Files that do not end in .sql: never run. */
  others: string[];
}

/**
 * Lists a folder once, for every command: NNN_name.sql files ordered by version; a name
 * without a version, two files of one version, or a link leading outside the repository is a
 * problem; hidden files (.name.sql: editor droppings) and special files are skipped and said.
 */
export function listMigrations(root: string, folder: RepoPath, key: string): MigrationListing {
  const listing: MigrationListing = { entries: [], problems: [], skipped: [], others: [] };
  const entries = listFolder(root, folder, key).sort((a, b) => byCodeUnits(a.name, b.name));
  const sqlEntries: Dirent[] = [];
  for (const entry of entries) {
    const rel = `${folder.rel}/${shownName(entry.name)}`;
    const isSql = entry.name.toLowerCase().endsWith('.sql');
    const kind = entryKind(folder, entry);
    if (kind !== 'file') {
      if (isSql) listing.skipped.push({ file: rel, why: `a ${kind}, not a file` });
    } else if (entry.name.startsWith('.')) {
      if (isSql) listing.skipped.push({ file: rel, why: 'a hidden file (its name starts with a dot)' });
    } else if (!isSql) {
      listing.others.push(rel);
    } else {
      sqlEntries.push(entry);
    }
  }
  if (sqlEntries.length > MAX_FILES_PER_FOLDER) {
    throw configError(`folder holds ${sqlEntries.length} .sql files; the limit is ${MAX_FILES_PER_FOLDER}`, { file: folder.rel, key });
  }
  const byVersion = new Map<string, string>();
  for (const entry of sqlEntries) {
    const rel = `${folder.rel}/${shownName(entry.name)}`;
    const version = parseVersionedName(entry.name);
    if (!version) {
      listing.problems.push({ file: rel, rule: 'invalid-name', message: 'file name does not start with a version number (expected e.g. 001_create_tables.sql)' });
      continue;
    }
    const clash = byVersion.get(version.text);
    if (clash) {
      listing.problems.push({ file: rel, rule: 'duplicate-version', message: `version ${version.text} is used twice: ${clash} and ${shownName(entry.name)}` });
      continue;
    }
    const file: RepoPath = { rel, abs: path.join(folder.abs, entry.name) };
    // A plain file in a folder already checked is inside the root; only links need resolving.
    if (entry.isSymbolicLink()) {
      try {
        assertInsideRealRoot(root, file, { file: rel, key });
      } catch (err) {
        listing.problems.push({ file: rel, rule: 'outside-root', message: (err as Error).message });
        continue;
      }
    }
    byVersion.set(version.text, shownName(entry.name));
    listing.entries.push({ path: file, version });
  }
  listing.entries.sort((a, b) => compareVersions(a.version.parts, b.version.parts));
  return listing;
}

/** What an entry is, a link judged by what it leads to: reading a FIFO would wait forever. */
function entryKind(folder: RepoPath, entry: Dirent): string {
  if (entry.isFile()) return 'file';
  let target: Dirent | ReturnType<typeof statSync> = entry;
  if (entry.isSymbolicLink()) {
    try {
      target = statSync(path.join(folder.abs, entry.name));
    } catch {
      return 'file'; // a dangling link: reading it says so, naming it
    }
    if (target.isFile()) return 'file';
  }
  if (target.isDirectory()) return 'folder';
  if (target.isFIFO()) return 'FIFO';
  if (target.isSocket()) return 'socket';
  return 'device or other special file';
}

/**
 * A file name as messages, the history and the log show it: control characters (a newline,
 * \r, an ANSI escape) escaped, so a name cannot split or repaint a line.
 */
export function shownName(name: string): string {
  return name.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}

/** A configured folder's entries: inside the repository, there, and a folder, or a config error naming it. */
export function listFolder(root: string, folder: RepoPath, key: string): Dirent[] {
  assertInsideRealRoot(root, folder, { file: folder.rel, key });
  let entries: Dirent[];
  try {
    entries = readdirSync(folder.abs, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'folder not found' : code === 'ENOTDIR' ? 'not a folder' : (err as Error).message;
    throw configError(`${why} (configured as ${key})`, { file: folder.rel, key });
  }
  // A name that is not UTF-8 arrives with U+FFFD in it and could not be opened by that name:
  // refused here, naming its bytes, rather than failing later as "not found".
  if (entries.some((e) => e.name.includes('\uFFFD'))) {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    for (const raw of readdirSync(folder.abs, { encoding: 'buffer' })) {
      try {
        fatal.decode(raw);
      } catch {
        const shown = [...raw].map((b) => (b >= 0x20 && b < 0x7f && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
        throw configError(`file name '${shown}' is not valid UTF-8; rename it (names are read as UTF-8)`, { file: `${folder.rel}/${shown}`, key });
      }
    }
  }
  return entries;
}
