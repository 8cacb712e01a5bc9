import type { BackupSummary } from '../backup/types.js';
import type { CheckResult, CheckStatus } from '../checks/types.js';
import type { AnyResult } from '../result.js';

/**
 * The runbook's checklists with a result each, from the evidence a run has: the checks it ran
 * and the stages it was given. A criterion with no evidence is 'not-checked' and says what
 * would be needed; it is never shown as passed.
 */
export interface Criterion {
  id: string;
  /** The runbook's wording. */
  text: string;
  status: CheckStatus;
  evidence: string;
}

export interface Evidence {
  checks: readonly CheckResult[];
  stages: readonly AnyResult[];
  backup?: BackupSummary;
}

const notChecked = (id: string, text: string, why: string): Criterion => ({ id, text, status: 'not-checked', evidence: why });

/** The worst status of the checks with these ids; not-checked when none ran. */
function fromChecks(id: string, text: string, evidence: Evidence, ids: readonly string[], none: string): Criterion {
  const checks = evidence.checks.filter((c) => ids.includes(c.id));
  if (checks.length === 0) return notChecked(id, text, none);
  const ran = checks.filter((c) => c.status !== 'not-checked');
  if (ran.length === 0) return notChecked(id, text, checks.map((c) => c.summary).join('; '));
  const status: CheckStatus = ran.some((c) => c.status === 'fail') ? 'fail' : ran.some((c) => c.status === 'warn') ? 'warn' : 'pass';
  const shown = status === 'pass' ? ran : ran.filter((c) => c.status === status);
  return { id, text, status, evidence: shown.map((c) => `${c.id}${c.phase ? ` (${c.phase})` : ''}: ${c.summary}`).join('; ') };
}

function viewsReturnData(evidence: Evidence): Criterion {
  const text = 'All views return data';
  const base = fromChecks('views-return-data', text, evidence, ['views.rows', 'views.compile'], 'no view must return rows: set verify.views.require_rows (schema.* for all)');
  if (base.status !== 'pass') return base;
  const rows = evidence.checks.filter((c) => c.id === 'views.rows');
  if (rows.length === 0) return notChecked(base.id, text, 'views compile, but none is required to return rows: set verify.views.require_rows (schema.* for all)');
  const covered = rows.reduce((n, c) => n + (c.counts?.covered ?? 0), 0);
  const total = rows.reduce((n, c) => n + (c.counts?.views ?? 0), 0);
  if (covered < total) {
    return notChecked(base.id, text, `only ${covered} of ${total} views are required to return rows (views.rows); use schema.* in require_rows to cover all`);
  }
  return base;
}

/** RLS being enabled says nothing about a role's access until the role was tried: roles.access must have run. */
function rlsBlocksDirectAccess(evidence: Evidence): Criterion {
  const id = 'rls-blocks-analyst';
  const text = 'RLS blocks direct table access for analyst_ro';
  if (!evidence.checks.some((c) => c.id === 'roles.access')) return notChecked(id, text, 'no role was tried: add verify.roles with denied objects');
  return fromChecks(id, text, evidence, ['roles.access', 'rls.required'], '');
}

function ciBoundary(evidence: Evidence): Criterion {
  const text = 'CI boundary checks passing';
  const runs = evidence.stages.filter((s) => s.command === 'boundary-check');
  const last = runs[runs.length - 1];
  if (!last) return notChecked('ci-boundary', text, 'no boundary-check result given (pass its --json output with --results)');
  const findings = last.boundary?.findings.length ?? 0;
  return last.ok
    ? { id: 'ci-boundary', text, status: 'pass', evidence: `boundary-check: ${last.boundary?.filesScanned ?? 0} files scanned, no finding` }
    : { id: 'ci-boundary', text, status: 'fail', evidence: `boundary-check failed: ${findings} finding${findings === 1 ? '' : 's'}${last.error ? ` (${last.error.message})` : ''}` };
}

function crossBoundaryWrites(evidence: Evidence): Criterion {
  const grants = evidence.checks.filter((c) => c.id === 'boundary.grants');
  const related = grants.length > 0 ? ` Related: ${grants.map((c) => `boundary.grants ${c.status}: ${c.summary}`).join('; ')}.` : '';
  return notChecked('no-cross-boundary-writes', 'No cross-boundary write attempts logged', `denied attempts are in the server and application logs, which pg-promote does not read.${related}`);
}

export function successCriteria(evidence: Evidence): Criterion[] {
  return [
    notChecked('zero-errors-in-logs', 'Zero errors in production logs', 'needs the production logs, which pg-promote does not read'),
    viewsReturnData(evidence),
    rlsBlocksDirectAccess(evidence),
    fromChecks('audit-trail', 'Audit trail shows expected operations', evidence, ['audit.trail'], 'verification did not run'),
    crossBoundaryWrites(evidence),
    ciBoundary(evidence),
    notChecked('ingest-rate', 'Ingest service processing at expected rate', 'needs the ingest service\'s metrics'),
    notChecked('no-performance-degradation', 'No performance degradation (< 10% increase in p95 latency)', 'needs latency metrics from before and after'),
  ];
}

function backupTaken(backup: BackupSummary | undefined): Criterion {
  const text = 'Production backup taken and verified';
  if (!backup) return notChecked('backup', text, 'no backup result given (pass the backup stage\'s --json output with --results)');
  return { id: 'backup', text, status: 'pass', evidence: `${backup.path}, verified by ${backup.verification === 'restore' ? 'restoring it' : 'listing its table of contents'}, taken ${backup.takenAt}` };
}

function pitrReady(backup: BackupSummary | undefined): Criterion {
  const text = 'Point-in-time recovery is configured';
  if (!backup) return notChecked('pitr', text, 'no backup result given');
  const status: Record<BackupSummary['pitr']['status'], CheckStatus> = { ready: 'pass', warning: 'warn', error: 'fail', unknown: 'not-checked' };
  const lsn = backup.walLsn ? ` (WAL position at backup: ${backup.walLsn})` : '';
  return { id: 'pitr', text, status: status[backup.pitr.status], evidence: `${backup.pitr.message}${lsn}` };
}

/** The runbook's pre-promotion checklist, as far as pg-promote's stages can answer it. */
export function prePromotionChecklist(evidence: Evidence): Criterion[] {
  return [
    fromChecks('staging-applied', 'All scripts ran successfully on staging', evidence, ['staging.gate'], 'no staging gate ran: pass --staging-url to plan or migrate'),
    fromChecks('row-counts', 'Row counts match expectations', evidence, ['rows.counts'], 'no row counts configured: add verify.row_counts'),
    fromChecks('views-compile', 'Views compile without errors', evidence, ['views.compile'], 'verification did not run'),
    fromChecks('rls-active', 'RLS policies are active and tested', evidence, ['rls.required', 'lint.policy-rls-disabled', 'roles.access'], 'verification did not run'),
    fromChecks('audit-complete', 'Audit trail shows complete execution', evidence, ['audit.trail'], 'verification did not run'),
    backupTaken(evidence.backup),
    pitrReady(evidence.backup),
  ];
}
