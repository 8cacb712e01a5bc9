import { byCodeUnits } from '../../code-unit-order.js';
import { configError, type PromoteError } from '../../errors/promote-error.js';
import { listEntries, readText, type Entry } from './folder.js';
import type { IgnoredEntry, LayoutFile, LayoutName, LayoutRead, RepeatableFile } from './types.js';

/** What one reader gathers while it walks a folder; `finish` orders it the tool's way. */
export class Collector {
  readonly files: LayoutFile[] = [];
  readonly repeatables: RepeatableFile[] = [];
  readonly ignored: IgnoredEntry[] = [];
  readonly problems: PromoteError[] = [];
  private readonly claimed = new Map<string, string>();

  constructor(
    readonly layout: LayoutName,
    readonly root: string,
    readonly folder: string,
  ) {}

  problem(message: string, file: string, version?: string): void {
    this.problems.push(configError(message, version === undefined ? { file } : { file, version }));
  }

  ignore(path: string, why: string): void {
    this.ignored.push({ path, why });
  }

  /** Records that `identity` (the version as the tool compares it) belongs to `path`; a second claim is a problem. */
  claim(identity: string, version: string, path: string): boolean {
    const first = this.claimed.get(identity);
    if (first !== undefined) {
      this.problem(`version ${version} is written twice: ${first} and ${path}`, path, version);
      return false;
    }
    this.claimed.set(identity, path);
    return true;
  }

  /** The folder's entries, or nothing (the problem said) when it cannot be listed. */
  entries(folder = this.folder): Entry[] {
    try {
      return listEntries(this.root, folder);
    } catch (err) {
      this.problems.push(err as PromoteError);
      return [];
    }
  }

  /** A file's text, or undefined (the problem said) when it cannot be read. */
  text(rel: string): string | undefined {
    try {
      return readText(this.root, rel);
    } catch (err) {
      this.problems.push(err as PromoteError);
      return undefined;
    }
  }

  /** Hidden files (.keep, .gitkeep) are never migrations in any layout. */
  skipHidden(entry: Entry): boolean {
    if (!entry.name.startsWith('.')) return false;
    this.ignore(entry.rel, 'hidden file');
    return true;
  }

  /**
   * The .sql files of a tool that reads one folder, with the name's match and the text: hidden
   * files, folders and other files are set aside as ignored, a misnamed one is a problem.
   * `refuse` names what the tool itself runs but pg-promote cannot (goose's Go migrations).
   */
  *namedSqlFiles(
    name: RegExp,
    tool: string,
    misnamed: string,
    refuse?: (entry: Entry) => string | undefined,
  ): Generator<{ entry: Entry; match: RegExpExecArray; text: string }> {
    for (const entry of this.entries()) {
      if (this.skipHidden(entry)) continue;
      const refusal = refuse?.(entry);
      if (refusal !== undefined) {
        this.problem(refusal, entry.rel);
        continue;
      }
      if (!entry.name.toLowerCase().endsWith('.sql')) {
        this.ignore(entry.rel, entry.kind === 'folder' ? `a folder (${tool} reads one folder)` : 'not a .sql file');
        continue;
      }
      const match = name.exec(entry.name);
      if (!match || entry.kind !== 'file') {
        this.problem(entry.kind !== 'file' ? 'named like a migration but not a file' : misnamed, entry.rel);
        continue;
      }
      const text = this.text(entry.rel);
      if (text !== undefined) yield { entry, match, text };
    }
  }

  finish(compareVersions: (a: string, b: string) => number): LayoutRead {
    const files = [...this.files].sort((a, b) => compareVersions(a.version, b.version));
    return {
      layout: this.layout,
      folder: this.folder,
      files,
      repeatables: this.repeatables,
      ignored: this.ignored,
      problems: this.problems,
      compareVersions,
    };
  }
}

/** Leading digits as a number, for tools that order by one integer version (golang-migrate, goose, dbmate). */
export function numericVersion(text: string): bigint | undefined {
  const digits = /^\d+/.exec(text)?.[0];
  return digits === undefined ? undefined : BigInt(digits);
}

/** Integer versions in numeric order, ties (and non-numbers) in code-unit order. */
export function compareIntegerVersions(a: string, b: string): number {
  const x = numericVersion(a);
  const y = numericVersion(b);
  if (x !== undefined && y !== undefined && x !== y) return x < y ? -1 : 1;
  return byCodeUnits(a, b);
}

/** Sets a migration's reverting SQL from a file of its own (Flyway's U file, golang-migrate's .down.sql, diesel's down.sql). */
export function attachDown(file: LayoutFile, path: string, sql: string, transactional: boolean): void {
  file.downPath = path;
  file.downSql = sql;
  file.downLine = 1;
  file.downTransactional = transactional;
}
