import type { PromoteError } from '../../errors/promote-error.js';

/** How a migration folder is written: pg-promote's own layout, or another tool's. */
export const LAYOUT_NAMES = [
  'pg-promote',
  'flyway',
  'golang-migrate',
  'dbmate',
  'goose',
  'node-pg-migrate',
  'diesel',
  'prisma',
  'supabase',
  'sqitch',
] as const;

export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** One migration as its tool defines it, split into what runs forward and what reverts it. */
export interface LayoutFile {
  /** The version as the file or plan writes it (leading zeros and separators kept): `0001.2`, `2019-02-26-002946`. */
  version: string;
  /**
   * What the tool's own history table records for it (Flyway's `version`, diesel's version
   * without dashes, Prisma's folder name, node-pg-migrate's file name...): what adoption matches.
   */
  historyKey: string;
  description: string;
  /** The file holding the forward SQL, repo-relative with forward slashes. */
  path: string;
  /** The forward SQL exactly as it runs (a section of the file for one-file tools). */
  upSql: string;
  /** Line of `path` on which `upSql` starts, so a statement's error can point into the file. */
  upLine: number;
  /** The reverting SQL, when the tool has one for this migration. */
  downSql?: string;
  downPath?: string;
  downLine?: number;
  /** False when the tool runs the forward SQL outside a transaction (its marker, or its rule). */
  transactional: boolean;
  /** Same for the reverting SQL (dbmate marks each section on its own). */
  downTransactional?: boolean;
  /** Things a person should know: an empty file applied as a no-op, a stripped BEGIN/COMMIT... */
  notes: string[];
}

/** A Flyway repeatable (`R__name.sql`): run after the versioned files whenever its text changes. */
export interface RepeatableFile {
  description: string;
  path: string;
  sql: string;
  transactional: boolean;
  notes: string[];
}

/** A file the layout does not run and is right not to (a README, Prisma's lock file). */
export interface IgnoredEntry {
  path: string;
  why: string;
}

export interface LayoutRead {
  layout: LayoutName;
  /** The folder read, repo-relative. */
  folder: string;
  /** In the tool's order: the order it applies them. */
  files: LayoutFile[];
  repeatables: RepeatableFile[];
  ignored: IgnoredEntry[];
  /**
   * Config errors (exit 2), each naming the file or version: a file that fits no pattern of the
   * layout, a version written twice, a down without its up. migrate throws the first; lint and
   * review report them all.
   */
  problems: PromoteError[];
  /** The tool's version order, for versions read from its files or its history (negative: a first). */
  compareVersions(a: string, b: string): number;
}

export interface LayoutOptions {
  /** pg-promote's own layout keeps its DOWN files in a folder of their own. */
  downFolder?: string;
}

/** Reads one folder (repo-relative) of a repository at `root`; never touches a database. */
export type LayoutReader = (root: string, folder: string, options?: LayoutOptions) => LayoutRead;
