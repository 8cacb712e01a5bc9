import { qualified } from '../migrate/history.js';
import { outcomeOf, plural, splitQualified, type CheckContext, type PhaseCheck, type VerifyPhase } from './check.js';
import { createdObjects, type CreatedKind, type UnknownDdl } from './created-objects.js';
import type { CheckFinding } from './types.js';

/**
 * The runbook's "check all expected tables exist" (its table count per schema), made exact:
 * every expected table and view is looked up by name, and tables in the phase's schema that
 * nothing expected are reported too. Expected = the config's lists, else what the phase's
 * migrations and view files create (read by PostgreSQL's parser, created-objects.ts), leaving out migrations the history says were reverted
 * (DOWN files ran): after a rollback to a version, their objects are meant to be gone.
 */
export const EXPECTED_OBJECTS_SQL = `
SELECT n.nspname AS schema, c.relname AS name,
       CASE WHEN c.relkind IN ('v', 'm') THEN 'view' ELSE 'table' END AS kind
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm')
  AND (
    (n.nspname, c.relname) IN (SELECT * FROM unnest($1::text[], $2::text[]))
    OR (n.nspname = $3 AND c.relkind IN ('r', 'p', 'f') AND NOT c.relispartition)
  )`;

/** Versions of the phase whose every successful run was reverted. */
export function revertedVersionsSql(history: string): string {
  return `
SELECT h.version FROM ${history} h
WHERE h.phase = $1 AND h.kind = 'migration' AND h.success AND h.version IS NOT NULL
GROUP BY h.version
HAVING bool_and(h.reverted_at IS NOT NULL)`;
}

async function revertedVersions(ctx: CheckContext, phase: VerifyPhase): Promise<Set<string>> {
  const history = qualified(ctx.config.historyTable);
  const present = (await ctx.client.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [history])).rows[0]!.present;
  if (!present) return new Set();
  const { rows } = await ctx.client.query<{ version: string }>(revertedVersionsSql(history), [phase.name]);
  return new Set(rows.map((r) => r.version));
}

interface Expected {
  schema: string;
  name: string;
  kind: CreatedKind;
  source: string;
}

interface ExpectedSet {
  expected: Expected[];
  /** Statements whose DDL cannot be read from the files (DO blocks, ...): empty with expect_tables. */
  unknown: UnknownDdl[];
}

async function expectedOf(phase: VerifyPhase, reverted: ReadonlySet<string>, searchPath: readonly string[]): Promise<ExpectedSet> {
  const { expectTables, expectViews } = phase.verify;
  const migrations = phase.files.migrations.filter((m) => !reverted.has(m.version.text));
  const created = expectTables && expectViews
    ? { objects: [], unknown: [] }
    : await createdObjects([...migrations, ...phase.files.views, ...phase.files.policies], searchPath);
  const tables: Expected[] = expectTables
    ? expectTables.map((name) => ({ schema: phase.schema, name, kind: 'table', source: 'expect_tables' }))
    : created.objects.filter((o) => o.kind === 'table').map((o) => ({ ...o, source: o.file }));
  const views: Expected[] = expectViews
    ? expectViews.map((q) => {
        const [schema, name] = splitQualified(q);
        return { schema, name, kind: 'view' as const, source: 'expect_views' };
      })
    : created.objects.filter((o) => o.kind === 'view').map((o) => ({ ...o, source: o.file }));
  return { expected: [...tables, ...views], unknown: expectTables ? [] : created.unknown };
}

/** Why a table nothing expected is there: the config's list, the files, or what the files do not show. */
function unexpectedWhy(phase: VerifyPhase, unknown: readonly UnknownDdl[]): string {
  if (phase.verify.expectTables) return 'not listed in expect_tables';
  const first = unknown[0];
  if (!first) return 'created by no migration file of this phase';
  const more = unknown.length > 1 ? ` and ${unknown.length - 1} more` : '';
  return `not known from the files (${first.what} at ${first.file}:${first.line}${more} may have created it; list the phase's tables in expect_tables to check them)`;
}

export const expectedObjects: PhaseCheck = {
  scope: 'phase',
  id: 'objects.expected',
  applies: () => true,
  async run(ctx: CheckContext, phase: VerifyPhase) {
    // The migrations ran with this role's search_path (the applier gives every file the session's
    // own), so an unqualified CREATE landed in its first existing schema, not necessarily the phase's.
    const path = (await ctx.client.query<{ path: string[] }>('SELECT pg_catalog.current_schemas(false)::text[] AS path')).rows[0]?.path ?? [];
    const { expected, unknown } = await expectedOf(phase, await revertedVersions(ctx, phase), path.length > 0 ? path : [phase.schema]);
    const { rows } = await ctx.client.query<{ schema: string; name: string; kind: CreatedKind }>(EXPECTED_OBJECTS_SQL, [
      expected.map((e) => e.schema), expected.map((e) => e.name), phase.schema,
    ]);
    const found = new Map(rows.map((r) => [`${r.schema}.${r.name}`, r.kind]));
    const findings: CheckFinding[] = [];
    const counts: Record<string, number> = {};
    for (const e of expected) {
      const id = `${e.schema}.${e.name}`;
      const kind = found.get(id);
      if (!kind) findings.push({ object: id, reason: `expected ${e.kind} is missing (from ${e.source})` });
      else if (kind !== e.kind) findings.push({ object: id, reason: `expected a ${e.kind}, found a ${kind} (from ${e.source})` });
      else counts[`${e.schema}.${e.kind}s`] = (counts[`${e.schema}.${e.kind}s`] ?? 0) + 1;
    }
    const expectedIds = new Set(expected.map((e) => `${e.schema}.${e.name}`));
    const extra = rows.filter((r) => r.schema === phase.schema && r.kind === 'table' && !expectedIds.has(`${r.schema}.${r.name}`));
    const why = unexpectedWhy(phase, unknown);
    for (const r of extra) {
      findings.push({ object: `${r.schema}.${r.name}`, reason: `unexpected table: ${why}`, level: 'warn' });
    }
    const present = Object.entries(counts)
      .map(([k, n]) => {
        const [schema, kinds] = splitQualified(k);
        return `${schema}: ${plural(n, kinds.slice(0, -1))}`;
      })
      .join('; ');
    const missing = findings.filter((f) => f.level !== 'warn').length;
    return outcomeOf(
      findings,
      {
        pass: `all ${plural(expected.length, 'expected object')} present (${present || 'none expected'})`,
        problem: missing > 0
          ? `${plural(missing, 'expected object')} missing or of the wrong kind (present: ${present || 'none'})`
          : `${plural(extra.length, 'unexpected table')} in ${phase.schema} (present: ${present || 'none'})`,
      },
      { expected: expected.length, missing, unexpected: extra.length, ...counts },
    );
  },
};
