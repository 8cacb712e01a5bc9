import type { LayoutName } from './types.js';

/**
 * How pg-promote's own hints say "run this file without a transaction" (lint's fixes, migrate's
 * refusals): every such hint holds this clause, which `inLayoutTerms` swaps for the phase's layout's.
 */
export const OWN_NO_TRANSACTION = 'with -- pg-promote:no-transaction in its header';

const noMarker = (tool: string) =>
  `(${tool} has no no-transaction marker: pg-promote runs a file holding a statement that cannot run in a transaction block without one, as ${tool} did)`;

/** Each layout's way, as its reader (src/migrate/layouts/<layout>.ts) honours it. */
const HOW: Readonly<Record<LayoutName, string>> = {
  'pg-promote': OWN_NO_TRANSACTION,
  flyway: 'with executeInTransaction=false in its script configuration file (<the file name>.conf, beside it)',
  'golang-migrate': noMarker('golang-migrate'),
  dbmate: 'whose up section is marked -- migrate:up transaction:false',
  goose: 'with -- +goose NO TRANSACTION in it',
  'node-pg-migrate': noMarker('a node-pg-migrate SQL file'),
  diesel: 'whose folder has a metadata.toml saying run_in_transaction = false',
  prisma: noMarker('Prisma'),
  supabase: noMarker('the Supabase CLI'),
  sqitch: 'without BEGIN ... COMMIT around its deploy script (Sqitch then runs it statement by statement)',
};

/** A hint written in pg-promote's terms, said in the layout's: the marker its tool reads, or that it has none. */
export function inLayoutTerms(text: string, layout: LayoutName): string {
  return layout === 'pg-promote' ? text : text.split(OWN_NO_TRANSACTION).join(HOW[layout]);
}
