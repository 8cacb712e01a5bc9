import type { MigrationFile } from './source.js';
import { compareVersions, type Version } from './versions.js';

/** What a lookup needs of a file: a migration, or lint's listing of one. */
type Versioned = Pick<MigrationFile, 'version' | 'historyKey'>;

/** Digits separated by dots, underscores or dashes, read whole as the layouts read them (versionsOf). */
const NUMERIC = /^\d+(?:[._-]\d+)*$/;

export interface VersionTarget<F extends Versioned = MigrationFile> {
  /** Where it sits in the phase's order: compare with a file's version.parts. */
  parts: bigint[];
  /** The migration it names, when it names one. */
  file?: F;
}

/**
 * Where a version typed on the command line (`--to`) sits in a phase's order, the order migrate
 * applies in: a migration's version as pg-promote shows it (`3`, `2019-06-05-123456`, a Sqitch
 * change), or as its tool records it (diesel's without dashes); on a layout whose versions are
 * numbers, any number (`--to 0` keeps only v0). Undefined when it is none of these.
 */
export function locateVersion<F extends Versioned>(files: readonly F[], text: string): VersionTarget<F> | undefined {
  const named = files.find((f) => f.version.text === text) ?? files.find((f) => f.historyKey === text);
  if (named) return { parts: named.version.parts, file: named };
  if (!NUMERIC.test(text) || files.some((f) => f.version.byPlace)) return undefined;
  const parts = text.split(/[._-]/).map((p) => BigInt(p));
  return { parts, file: files.find((f) => compareVersions(f.version.parts, parts) === 0) };
}

/** "its versions run from 1 to 3", for a message about a version the phase does not have. */
export function versionRange(files: readonly { version: Version }[]): string {
  return files.length > 0 ? `its versions run from ${files[0]!.version.text} to ${files.at(-1)!.version.text}` : 'it has no migration files';
}
