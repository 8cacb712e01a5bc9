import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { byCodeUnits } from '../code-unit-order.js';
import { LAYOUT_READERS, type LayoutName, type LayoutRead } from '../migrate/layouts/index.js';

/** A migrations folder recognised in a repository, and what `pg-promote init` writes for it. */
export interface DetectedPhase {
  layout: LayoutName;
  /** Repo-relative, forward slashes: the phase's `migrations:`. */
  folder: string;
  /** pg-promote's own layout: the DOWN folder beside it, when there is one. */
  downFolder?: string;
  /** What gave the layout away (a file name pattern, a marker, sqitch.plan...). */
  evidence: string;
  /** The migrations its reader found. */
  migrations: number;
  /** The schema the files create or write to most, when they say; otherwise undefined. */
  schema?: string;
  /** Where the schema guess came from. */
  schemaEvidence?: string;
}

export interface Unrecognised {
  path: string;
  why: string;
}

export interface Detection {
  phases: DetectedPhase[];
  unrecognised: Unrecognised[];
}

/** Folders that are never a project's migrations, however many .sql files they hold. */
const SKIP = new Set(['.git', 'node_modules', 'vendor', 'target', 'dist', 'build', 'out', 'coverage', '__pycache__', '.venv', 'venv']);
const MAX_DEPTH = 10;
const MAX_FOLDERS = 5_000;
const HEAD_BYTES = 16 * 1024;

interface Listing {
  rel: string;
  files: string[];
  folders: string[];
}

function list(root: string, rel: string): Listing {
  const listing: Listing = { rel, files: [], folders: [] };
  let names: string[];
  try {
    names = readdirSync(path.join(root, rel));
  } catch {
    return listing;
  }
  for (const name of names.sort(byCodeUnits)) {
    try {
      const stat = statSync(path.join(root, rel, name));
      if (stat.isDirectory()) listing.folders.push(name);
      else if (stat.isFile()) listing.files.push(name);
    } catch {
      // a dangling link is nobody's migration
    }
  }
  return listing;
}

/** The first bytes of a file: enough for the markers one-file tools put near the top. */
function head(abs: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(abs, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    return buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0)).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const join = (a: string, b: string) => (a === '' ? b : `${a}/${b}`);

const FLYWAY = /^(V\d+(?:[._]\d+)*__.*|U\d+(?:[._]\d+)*__.*|R__.*)\.sql$/;
const GOLANG = /^\d+_.*\.(up|down)\.sql$/;
const NUMBERED = /^\d+(?:\.\d+)*[_-].*\.sql$/;

/** Which layout one .sql file's name and head say it belongs to, and why. */
function classify(root: string, folder: string, name: string): { layout: LayoutName; evidence: string } | undefined {
  if (FLYWAY.test(name)) return { layout: 'flyway', evidence: 'V<version>__<description>.sql names' };
  if (GOLANG.test(name)) return { layout: 'golang-migrate', evidence: '<version>_<name>.up.sql / .down.sql pairs' };
  if (!NUMBERED.test(name) && !/^\d+\.sql$/.test(name)) return undefined;
  const text = head(path.join(root, folder, name));
  if (/^--\s*migrate:(up|down)\b/m.test(text)) return { layout: 'dbmate', evidence: '-- migrate:up markers' };
  if (/^--\s\+goose\s/im.test(text)) return { layout: 'goose', evidence: '-- +goose annotations' };
  if (/^\s*--[\s-]*(up|down)\s+migration/im.test(text)) return { layout: 'node-pg-migrate', evidence: '-- Up Migration markers' };
  if (/(^|\/)supabase\/migrations$/.test(folder) && /^\d+_/.test(name)) return { layout: 'supabase', evidence: 'supabase/migrations/<timestamp>_<name>.sql' };
  return { layout: 'pg-promote', evidence: 'NNN_name.sql files' };
}

/** A folder whose sub-folders are migrations (diesel, Prisma): which, and how many. */
function folderPerMigration(root: string, listing: Listing): { layout: LayoutName; evidence: string } | undefined {
  let diesel = 0;
  let prisma = 0;
  for (const name of listing.folders) {
    if (!/^[^_.]+_/.test(name)) continue;
    const inner = list(root, join(listing.rel, name)).files;
    if (inner.includes('migration.sql') && /^\d+_/.test(name)) prisma++;
    else if (inner.includes('up.sql')) diesel++;
  }
  if (prisma > 0 && prisma >= diesel) return { layout: 'prisma', evidence: '<timestamp>_<name>/migration.sql folders' };
  if (diesel > 0) return { layout: 'diesel', evidence: '<version>_<name>/up.sql folders' };
  return undefined;
}

/** A schema name as PostgreSQL folds it: unquoted lower-cased, quoted kept; only names the config can hold. */
const NAME = String.raw`(?:"([A-Za-z_][A-Za-z0-9_$]{0,62})"|([A-Za-z_][A-Za-z0-9_$]{0,62}))`;
const folded = (m: RegExpMatchArray, at: number): string => m[at] ?? (m[at + 1] as string).toLowerCase();
const CREATE_SCHEMA = new RegExp(String.raw`\bCREATE\s+SCHEMA\s+(?:IF\s+NOT\s+EXISTS\s+)?(?!AUTHORIZATION\b)${NAME}(?=[\s;])`, 'i');
const QUALIFIED_TABLE = new RegExp(String.raw`\bCREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?${NAME}\s*\.`, 'gi');

/** The schema a tree's files create, or qualify most of their CREATE TABLEs with. */
function guessSchema(read: LayoutRead): { schema: string; evidence: string } | undefined {
  const counts = new Map<string, number>();
  for (const file of read.files) {
    const created = CREATE_SCHEMA.exec(file.upSql);
    if (created) return { schema: folded(created, 1), evidence: `CREATE SCHEMA in ${file.path}` };
    for (const m of file.upSql.matchAll(QUALIFIED_TABLE)) {
      const schema = folded(m, 1);
      counts.set(schema, (counts.get(schema) ?? 0) + 1);
    }
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]));
  return best ? { schema: best[0], evidence: `most CREATE TABLEs are qualified with ${best[0]}` } : undefined;
}

/**
 * Looks through a repository for migration folders and says which layout each is written in.
 * Pure: reads files, never a database. Folders a tool treats as one (Flyway's sub-folders, a
 * diesel or Prisma migration's own folder, Sqitch's deploy/revert/verify) are not looked into
 * again. Files a recognised layout cannot place, and folders named for migrations whose files
 * fit no layout, are returned as unrecognised.
 */
export function detectLayouts(root: string): Detection {
  const detection: Detection = { phases: [], unrecognised: [] };
  const queue: Array<{ rel: string; depth: number }> = [{ rel: '', depth: 0 }];
  // DOWN folders found beside a pg-promote phase: read with it, never as phases of their own
  // (breadth first, a phase is always met before its db/migrations/DOWN/<phase>).
  const downs = new Set<string>();
  let visited = 0;
  while (queue.length > 0 && visited++ < MAX_FOLDERS) {
    const { rel, depth } = queue.shift() as { rel: string; depth: number };
    if (downs.has(rel)) continue;
    const listing = list(root, rel);
    const found = recognise(root, listing);
    if (found) {
      if (found.downFolder !== undefined) downs.add(found.downFolder);
      const read = LAYOUT_READERS[found.layout](root, found.folder, found.downFolder === undefined ? {} : { downFolder: found.downFolder });
      const schema = guessSchema(read);
      detection.phases.push({
        ...found,
        migrations: read.files.length,
        ...(schema ? { schema: schema.schema, schemaEvidence: schema.evidence } : {}),
      });
      for (const problem of read.problems) detection.unrecognised.push({ path: problem.context.file ?? found.folder, why: problem.message });
      // Flyway reads its sub-folders, and diesel, Prisma and Sqitch keep each migration's files
      // in them: nothing below is looked at again. One-folder tools read no sub-folder, so
      // their sub-folders may hold another phase.
      if (['flyway', 'diesel', 'prisma', 'sqitch'].includes(found.layout)) continue;
    } else {
      const why = unrecognisedFolder(listing);
      if (why) detection.unrecognised.push({ path: rel, why });
    }
    if (depth >= MAX_DEPTH) continue;
    for (const name of listing.folders) {
      if (SKIP.has(name) || name.startsWith('.')) continue;
      if (downs.has(join(rel, name))) continue;
      queue.push({ rel: join(rel, name), depth: depth + 1 });
    }
  }
  return detection;
}

const CODE_MIGRATION = /^\d+[_-]?.*\.(js|cjs|mjs|ts|go|rb|py|java|kt|cs|php|exs?)$/;
const LIQUIBASE = /^(db\.)?changelog([-.]master)?\.(xml|ya?ml|json|sql)$/i;

/** Why a folder that no layout claims still looks like migrations, for the person to decide. */
function unrecognisedFolder(listing: Listing): string | undefined {
  const liquibase = listing.files.find((f) => LIQUIBASE.test(f));
  if (liquibase) return `a Liquibase changelog (${liquibase}): not a layout pg-promote reads`;
  if (!/migrat/i.test(path.basename(listing.rel))) return undefined;
  const code = listing.files.find((f) => CODE_MIGRATION.test(f));
  if (code) return `migrations written as code (${code}): pg-promote runs SQL migrations only`;
  if (listing.files.some((f) => f.toLowerCase().endsWith('.sql'))) return 'named like a migrations folder, but its .sql files fit no layout pg-promote reads';
  return undefined;
}

type Found = Omit<DetectedPhase, 'migrations' | 'schema' | 'schemaEvidence'>;

function recognise(root: string, listing: Listing): Found | undefined {
  const folder = listing.rel;
  if (listing.files.includes('sqitch.plan')) return { layout: 'sqitch', folder, evidence: 'sqitch.plan' };
  const perFolder = folderPerMigration(root, listing);
  if (perFolder) return { ...perFolder, folder };
  const votes = new Map<LayoutName, { count: number; evidence: string }>();
  for (const name of listing.files) {
    if (!name.toLowerCase().endsWith('.sql') || name.startsWith('.')) continue;
    const hit = classify(root, folder, name);
    if (!hit) continue;
    const vote = votes.get(hit.layout) ?? { count: 0, evidence: hit.evidence };
    vote.count++;
    votes.set(hit.layout, vote);
  }
  // A one-file tool's markers outvote plain numbered names: its files without markers are its empty ones.
  const ranked = [...votes].sort((a, b) => (a[0] === 'pg-promote' ? 1 : 0) - (b[0] === 'pg-promote' ? 1 : 0) || b[1].count - a[1].count);
  const [winner] = ranked;
  if (!winner) return undefined;
  const [layout, { evidence }] = winner;
  if (layout !== 'pg-promote') return { layout, folder, evidence };
  const down = downFolderFor(root, folder);
  return down === undefined ? { layout, folder, evidence } : { layout, folder, evidence, downFolder: down };
}

/** pg-promote's sample keeps db/migrations/<x>'s DOWN files in db/migrations/DOWN/<x>, or <x>/DOWN. */
function downFolderFor(root: string, folder: string): string | undefined {
  const parent = path.posix.dirname(folder);
  const candidates = [join(folder, 'DOWN'), join(parent === '.' ? '' : parent, `DOWN/${path.posix.basename(folder)}`)];
  return candidates.find((c) => {
    try {
      return statSync(path.join(root, c)).isDirectory();
    } catch {
      return false;
    }
  });
}
