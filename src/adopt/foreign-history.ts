import pg from 'pg';
import { usageError } from '../errors/promote-error.js';

/** The migration tools whose history tables pg-promote can take over. */
export const TOOLS = ['flyway', 'golang-migrate', 'dbmate', 'goose', 'node-pg-migrate', 'diesel', 'prisma', 'supabase', 'sqitch'] as const;
export type Tool = (typeof TOOLS)[number];

/** `--from`'s value: auto, or one of the tools, else a usage error listing them. */
export function parseFrom(text: string): Tool | 'auto' {
  if (text === 'auto' || (TOOLS as readonly string[]).includes(text)) return text as Tool | 'auto';
  throw usageError(`--from must be auto or one of ${TOOLS.join(', ')} (got '${text}')`, { key: '--from' });
}

/**
 * One version in another tool's history, named as that tool names it. `through` is a history
 * that records only a high-water mark (golang-migrate's single row): every version up to it
 * counts as applied. `baseline` (Flyway's) is the same, but its version needs no file of its
 * own. `dirty` and `failed` stop an adoption.
 */
export interface ForeignEntry {
  version: string;
  /** The tool's own name for the migration, when it differs from the version (a file or folder name). */
  name?: string;
  state: 'applied' | 'through' | 'baseline' | 'dirty' | 'failed';
  /** As the tool keeps it (Flyway's signed CRC32 as decimal text, Prisma's SHA-256 hex, Sqitch's SHA-1 hex); absent when it keeps none. */
  checksum?: string;
  /** A checksum written by an older release of the tool, computed its older way (Flyway 3's, line endings included). */
  checksumFormat?: 'flyway-3';
}

export interface ForeignHistory {
  tool: Tool;
  /** schema.table, as messages show it. */
  table: string;
  entries: ForeignEntry[];
}

/** A history table found in the catalog: where it is and what columns it has. */
export interface FoundTable {
  schema: string;
  name: string;
  columns: string[];
}

/** One tool's history: the table it keeps, how to recognise it, and its single query. */
export interface HistoryReader {
  tool: Tool;
  /** The table's name as the tool creates it by default. */
  table: string;
  /** Names its older releases used by default (Flyway before 5: schema_version), looked for too. */
  aliases?: readonly string[];
  /** Whether a table of that name is this tool's (column set, schema). */
  recognises(found: FoundTable): boolean;
  read(client: pg.ClientBase, table: FoundTable, options: ReadOptions): Promise<ForeignEntry[]>;
  /** Two version texts name the same migration when their keys are equal. */
  key(version: string): string;
}

export interface ReadOptions {
  /** Sqitch keeps several projects in one registry. */
  project?: string;
}

/** Numeric parts without leading zeros ("0010" and "10" are one version; "1.2" is not "12"). */
export function numericKey(version: string): string {
  return version
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? part.replace(/^0+(?=\d)/, '') : part))
    .join('.');
}

/** The leading version of a migration's name, as node-pg-migrate and Prisma name them (`<version>_<name>`). */
export function leadingVersion(name: string): string {
  return /^(\d+(?:\.\d+)*)(?:[_-]|$)/.exec(name)?.[1] ?? name;
}

/** The table's name quoted for SQL. */
export const quotedTable = (t: FoundTable): string => `${pg.escapeIdentifier(t.schema)}.${pg.escapeIdentifier(t.name)}`;

export const hasColumns = (t: FoundTable, ...columns: string[]): boolean => columns.every((c) => t.columns.includes(c));

/** `[schema.]table`, names as the catalog keeps them (no quotes, case kept). */
export function parseHistoryTable(text: string): { schema?: string; name: string } {
  const match = /^(?:([^.\s]+)\.)?([^.\s]+)$/.exec(text);
  if (!match) throw usageError(`--history-table must be [schema.]table, as the catalog names it (got '${text}')`, { key: '--history-table' });
  return { ...(match[1] === undefined ? {} : { schema: match[1] }), name: match[2]! };
}
