import { configError } from '../../errors/promote-error.js';
import { readDbmate } from './dbmate.js';
import { readDiesel } from './diesel.js';
import { readFlyway } from './flyway.js';
import { readGolangMigrate } from './golang-migrate.js';
import { readGoose } from './goose.js';
import { readNodePgMigrate } from './node-pg-migrate.js';
import { readPgPromote } from './pg-promote.js';
import { readPrisma } from './prisma.js';
import { readSqitch } from './sqitch.js';
import { readSupabase } from './supabase.js';
import { LAYOUT_NAMES, type LayoutName, type LayoutReader } from './types.js';

export type { LayoutFile, LayoutName, LayoutOptions, LayoutRead, LayoutReader, RepeatableFile, IgnoredEntry } from './types.js';
export { LAYOUT_NAMES } from './types.js';

/** One reader per layout a phase's `layout:` can name. */
export const LAYOUT_READERS: Readonly<Record<LayoutName, LayoutReader>> = {
  'pg-promote': readPgPromote,
  flyway: readFlyway,
  'golang-migrate': readGolangMigrate,
  dbmate: readDbmate,
  goose: readGoose,
  'node-pg-migrate': readNodePgMigrate,
  diesel: readDiesel,
  prisma: readPrisma,
  supabase: readSupabase,
  sqitch: readSqitch,
};

export function isLayoutName(name: string): name is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(name);
}

/** The reader for a layout name from the config; an unknown name is a config error naming it and the known ones. */
export function layoutReader(name: string, key?: string): LayoutReader {
  if (!isLayoutName(name)) {
    throw configError(`unknown layout '${name}' (known: ${LAYOUT_NAMES.join(', ')})`, key === undefined ? {} : { key });
  }
  return LAYOUT_READERS[name];
}
