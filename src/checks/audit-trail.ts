import pg from 'pg';
import { BASELINED_SQL, qualified } from '../migrate/history.js';
import { outcomeOf, plural, type CheckContext, type CheckOutcome, type RunCheck } from './check.js';
import type { CheckFinding } from './types.js';

/**
 * The runbook's audit query counted change_log operations of the last hour, whoever made them.
 * This ties the trail to one execution: every history row of it must be a success, and each
 * file's operations are found in the change log by time. A transactional file's trigger rows
 * carry its transaction's now(), which is exactly its history row's applied_at; a
 * non-transactional file's rows fall in the window its history row records (applied_at minus
 * its duration). Files applied before the change log's first entry (the migration creating
 * the trail, and those before it) are not expected to appear in it.
 */
export const AUDIT_TABLES_SQL = `
SELECT to_regclass($1) IS NOT NULL AS history,
       to_regclass($2) IS NOT NULL AS change_log,
       ARRAY(SELECT a.attname::text FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = to_regclass($2) AND a.attname IN ('timestamp', 'operation') AND NOT a.attisdropped) AS columns`;

export function executionFilesSql(history: string): string {
  return `
SELECT h.id::text AS id, h.execution_id::text AS execution_id, h.phase, h.kind, h.version, h.file_name, h.success,
       h.error_sqlstate, h.error_message, ${BASELINED_SQL('h.applied_by')} AS baselined
FROM ${history} h
WHERE h.phase = ANY($2::text[])
  AND h.execution_id = coalesce($1::uuid, (SELECT l.execution_id FROM ${history} l WHERE l.phase = ANY($2::text[]) ORDER BY l.id DESC LIMIT 1))
ORDER BY h.id`;
}

export function executionOperationsSql(history: string, changeLog: string): string {
  return `
WITH files AS (
  SELECT h.id, h.applied_at, h.duration_ms, h.file_name = ANY($3::text[]) AS windowed
  FROM ${history} h
  WHERE h.execution_id = $1::uuid AND h.phase = ANY($2::text[]) AND h.success
),
first_entry AS (SELECT min(c."timestamp") AS at FROM ${changeLog} c),
matched AS (
  SELECT f.id, c.operation::text AS operation
  FROM files f JOIN ${changeLog} c ON NOT f.windowed AND c."timestamp" = f.applied_at
  UNION ALL
  SELECT f.id, c.operation::text
  FROM files f JOIN ${changeLog} c ON f.windowed
   AND c."timestamp" BETWEEN f.applied_at - make_interval(secs => f.duration_ms / 1000.0 + 1) AND f.applied_at
)
SELECT f.id::text AS id,
       coalesce((SELECT jsonb_object_agg(o.operation, o.n)
                 FROM (SELECT m.operation, count(*) AS n FROM matched m WHERE m.id = f.id GROUP BY m.operation) AS o), '{}') AS operations,
       (SELECT at FROM first_entry) IS NULL OR f.applied_at < (SELECT at FROM first_entry) AS before_trail
FROM files f`;
}

interface FileRow {
  id: string;
  execution_id: string;
  phase: string;
  kind: string;
  version: string | null;
  file_name: string;
  success: boolean;
  error_sqlstate: string | null;
  error_message: string | null;
  baselined: boolean;
}

interface OperationsRow {
  id: string;
  operations: Record<string, number>;
  before_trail: boolean;
}

const notChecked = (summary: string): CheckOutcome => ({ status: 'not-checked', summary, findings: [] });

/** Files that run outside a transaction: their trail is found by time window, not by equality. */
function windowedFiles(ctx: CheckContext): string[] {
  return ctx.phases.flatMap((p) => [...p.files.migrations, ...p.files.views, ...p.files.policies].filter((f) => !f.transactional).map((f) => f.path.rel));
}

export const auditTrail: RunCheck = {
  scope: 'run',
  id: 'audit.trail',
  async run(ctx: CheckContext) {
    const { historyTable, auditChangeLog } = ctx.config;
    const history = qualified(historyTable);
    const changeLog = auditChangeLog && `${pg.escapeIdentifier(auditChangeLog.schema)}.${pg.escapeIdentifier(auditChangeLog.table)}`;
    const changeLogName = auditChangeLog ? `${auditChangeLog.schema}.${auditChangeLog.table}` : '';
    const phases = ctx.phases.map((p) => p.name);
    const tables = (await ctx.client.query<{ history: boolean; change_log: boolean; columns: string[] }>(AUDIT_TABLES_SQL, [history, changeLog ?? null])).rows[0]!;
    if (!tables.history) return notChecked(`no history table ${historyTable.schema}.${historyTable.table}: nothing has been migrated here`);
    const files = (await ctx.client.query<FileRow>(executionFilesSql(history), [ctx.executionId ?? null, phases])).rows;
    if (files.length === 0) {
      return notChecked(ctx.executionId ? `execution ${ctx.executionId} recorded no files in phases ${phases.join(', ')}` : `no execution recorded for phases ${phases.join(', ')}`);
    }
    const executionId = files[0]!.execution_id;
    const findings: CheckFinding[] = files
      .filter((f) => !f.success)
      .map((f) => ({ object: f.file_name, reason: `failed in this execution: ${f.error_message ?? 'no message'} [SQLSTATE ${f.error_sqlstate ?? '?'}]` }));
    const succeeded = files.filter((f) => f.success);
    const totals: Record<string, number> = {};
    const missingColumns = ['timestamp', 'operation'].filter((c) => !tables.columns.includes(c));
    const readable = changeLog !== undefined && tables.change_log && missingColumns.length === 0;
    if (changeLog === undefined) {
      // The config names no audit-trigger table: only the history is checked.
    } else if (!tables.change_log) {
      findings.push({ object: changeLogName, reason: 'the change log table does not exist: operations cannot be traced (config audit.change_log)', level: 'warn' });
    } else if (missingColumns.length > 0) {
      findings.push({ object: changeLogName, reason: `has no column ${missingColumns.join(', ')}: not an audit change log this check can read`, level: 'warn' });
    } else if (succeeded.length > 0) {
      const ops = (await ctx.client.query<OperationsRow>(executionOperationsSql(history, changeLog), [executionId, phases, windowedFiles(ctx)])).rows;
      const byId = new Map(ops.map((o) => [o.id, o]));
      // A baselined row ran nothing (baseline recorded what another tool applied): no trail to find.
      const traced = succeeded.filter((f) => !f.baselined && !byId.get(f.id)?.before_trail);
      const silent = traced.filter((f) => Object.keys(byId.get(f.id)?.operations ?? {}).length === 0);
      for (const o of ops) for (const [op, n] of Object.entries(o.operations)) totals[op] = (totals[op] ?? 0) + n;
      if (traced.length > 0 && silent.length === traced.length) {
        findings.push({ object: changeLogName, reason: `holds no entry for any of the ${plural(traced.length, 'file')} this execution applied: are the audit triggers disabled?` });
      } else {
        for (const f of silent) findings.push({ object: f.file_name, reason: `no ${changeLogName} entry for this file's transaction`, level: 'warn' });
      }
    }
    const entries = Object.values(totals).reduce((a, b) => a + b, 0);
    const ranked = Object.entries(totals).sort((a, b) => b[1] - a[1]);
    const operations = [
      ...ranked.slice(0, 5).map(([op, n]) => `${op} ${n}`),
      ...(ranked.length > 5 ? [`${ranked.length - 5} more kinds`] : []),
    ].join(', ');
    const head = `execution ${executionId.slice(0, 8)}: ${succeeded.length} of ${plural(files.length, 'file')} succeeded`;
    const trail = entries > 0 ? `; ${plural(entries, `${changeLogName} entry`, `${changeLogName} entries`)} (${operations})` : '';
    const counts: Record<string, number> = { files: files.length, failed: files.length - succeeded.length, entries, changeLog: readable ? 1 : 0 };
    for (const [op, n] of Object.entries(totals)) counts[`operation:${op}`] = n;
    return outcomeOf(findings, { pass: `${head}${trail}`, problem: `${head}${trail}` }, counts);
  },
};
