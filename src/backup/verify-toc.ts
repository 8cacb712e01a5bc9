import { StringDecoder } from 'node:string_decoder';
import type { ConnectionTarget } from '../db/connection-url.js';
import { CheckFailed, PromoteError } from '../errors/promote-error.js';
import { runPgRestore, type ArchiveInput } from './archive-input.js';
import { describeObject, type DumpedObject, type DumpedObjects } from './catalog.js';
import { toolErrorLine } from './pg-tool.js';
import type { TocCounts } from './types.js';

/**
 * The runbook's "pg_restore --list", made into a check: the list must be readable, and hold
 * every table, view and policy the database had when the dump's snapshot was taken.
 *
 * A list line is "dumpId; catalogOid objectOid DESCRIPTION schema name owner". Names may hold
 * spaces, so objects are matched by (catalog, OID), which the line states unambiguously.
 */
const ENTRY = /^(\d+); (\d+) (\d+) (.*)$/;

/** pg_class and pg_policy OIDs are the same on every server (genbki). */
const CATALOG_OIDS = { pg_class: '1259', pg_policy: '3256' } as const;
const PG_NAMESPACE_OID = '2615';
/** "SCHEMA - name owner": the owner is the last word. */
const SCHEMA_ENTRY = /^SCHEMA - (.+) \S+$/;

export interface TocListing {
  counts: TocCounts;
  /** "catalogOid/objectOid DESCRIPTION-KIND" of every table, view and policy entry. */
  objects: Set<string>;
  /** Schema names with their entries' dump ids. */
  schemas: { name: string; dumpId: string }[];
  /** Every entry line, when asked for (restore edits the list). */
  lines?: string[];
}

function kindOf(description: string): 'table' | 'view' | 'policy' | undefined {
  if (description.startsWith('TABLE DATA ') || description.startsWith('MATERIALIZED VIEW DATA ')) return undefined;
  if (description.startsWith('TABLE ')) return 'table';
  if (description.startsWith('VIEW ') || description.startsWith('MATERIALIZED VIEW ')) return 'view';
  if (description.startsWith('POLICY ')) return 'policy';
  return undefined;
}

/** Incremental: a listing can run to megabytes, so lines are consumed as they arrive. */
export class TocParser {
  private rest = '';
  readonly listing: TocListing;

  constructor(keepLines = false) {
    this.listing = { counts: { tables: 0, views: 0, policies: 0, entries: 0 }, objects: new Set(), schemas: [], lines: keepLines ? [] : undefined };
  }

  push(text: string): void {
    const lines = (this.rest + text).split('\n');
    this.rest = lines.pop() ?? '';
    for (const line of lines) this.line(line);
  }

  end(): TocListing {
    if (this.rest) this.line(this.rest);
    this.rest = '';
    return this.listing;
  }

  private line(line: string): void {
    const match = ENTRY.exec(line);
    if (!match) return;
    const counts = this.listing.counts;
    counts.entries++;
    this.listing.lines?.push(line);
    const schema = SCHEMA_ENTRY.exec(match[4]!);
    if (match[2] === PG_NAMESPACE_OID && schema) this.listing.schemas.push({ name: schema[1]!, dumpId: match[1]! });
    const kind = kindOf(match[4]!);
    if (!kind) return;
    if (kind === 'table') counts.tables++;
    else if (kind === 'view') counts.views++;
    else counts.policies++;
    this.listing.objects.add(`${match[2]}/${match[3]} ${kind}`);
  }
}

export async function listArchive(pgRestore: string, input: ArchiveInput, target: ConnectionTarget, keepLines = false): Promise<TocListing> {
  const parser = new TocParser(keepLines);
  const decoder = new StringDecoder('utf8');
  const { exit, decryptError } = await runPgRestore(pgRestore, ['--list'], input, {
    target,
    stdout: 'pipe',
    onStdout: (chunk) => parser.push(decoder.write(chunk)),
  });
  if (decryptError) throw new CheckFailed(`pg_restore --list: ${decryptError.message}`, { file: input.shown });
  if (exit.code !== 0) {
    throw new CheckFailed(`pg_restore --list cannot read the archive: ${toolErrorLine('pg_restore', exit)}`, { file: input.shown });
  }
  parser.push(decoder.end());
  // An empty list is what an empty database dumps to; what must be in it is checked by missingFromToc.
  return parser.end();
}

/** The objects the database had that the archive's table of contents lacks. */
export function missingFromToc(listing: TocListing, expected: DumpedObjects): DumpedObject[] {
  const all = [...expected.tables, ...expected.views, ...expected.policies];
  return all.filter((o) => !listing.objects.has(`${CATALOG_OIDS[o.catalog]}/${o.oid} ${o.kind}`));
}

export function tocFailure(missing: DumpedObject[], file: string): PromoteError {
  const shown = missing.slice(0, 5).map(describeObject).join(', ');
  const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
  return new CheckFailed(`the archive's table of contents lacks ${missing.length} object(s) the database has: ${shown}${more}`, { file });
}
