import type { BackupSummary } from '../backup/types.js';
import type { CheckResult, CheckStatus } from '../checks/types.js';
import type { AnyResult } from '../result.js';

/**
 * The success criteria and the pre-promotion checklist with a result each, from the evidence a
 * run has: the checks it ran on this database's real objects and the stages it was given. A
 * criterion with no evidence is 'not-checked' and says what would be needed; one about objects
 * the database does not have (no views, no policies) is 'not-applicable'. Neither is ever shown
 * as passed: a tick means the run looked at something.
 */
export type CriterionStatus = CheckStatus | 'not-applicable';

export interface Criterion {
  id: string;
  text: string;
  status: CriterionStatus;
  evidence: string;
}

export interface Evidence {
  checks: readonly CheckResult[];
  stages: readonly AnyResult[];
  backup?: BackupSummary;
  /** The project's own criteria (report.criteria in its config), checked by people. */
  ownCriteria?: readonly string[];
}

const notChecked = (id: string, text: string, why: string): Criterion => ({ id, text, status: 'not-checked', evidence: why });
const notApplicable = (id: string, text: string, why: string): Criterion => ({ id, text, status: 'not-applicable', evidence: why });

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

/** The sum of one count over the checks with this id; undefined when none of them ran. */
function counted(evidence: Evidence, id: string, key: string): number | undefined {
  const checks = evidence.checks.filter((c) => c.id === id && c.counts?.[key] !== undefined);
  return checks.length === 0 ? undefined : checks.reduce((n, c) => n + c.counts![key]!, 0);
}

/** Views were looked for (views.compile) and there are none: nothing to compile or return data. */
const noViews = (evidence: Evidence) => counted(evidence, 'views.compile', 'views') === 0;

/** Policies were looked for (lint.policy-rls-disabled) and there are none, and no schema requires RLS on tables it has. */
const noPolicies = (evidence: Evidence) =>
  counted(evidence, 'lint.policy-rls-disabled', 'policies') === 0 && !((counted(evidence, 'rls.required', 'tables') ?? 0) > 0);

function viewsReturnData(evidence: Evidence): Criterion {
  const text = 'All views return data';
  if (noViews(evidence)) return notApplicable('views-return-data', text, 'no views in the checked schemas');
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
  const id = 'rls-blocks-direct-access';
  const text = 'RLS blocks direct table access for the restricted roles';
  if (!evidence.checks.some((c) => c.id === 'roles.access')) {
    if (noPolicies(evidence)) return notApplicable(id, text, 'no policies');
    return notChecked(id, text, 'no role was tried: add verify.roles with denied objects');
  }
  return fromChecks(id, text, evidence, ['roles.access', 'rls.required'], '');
}

function auditTrail(evidence: Evidence): Criterion {
  const id = 'audit-trail';
  const text = 'Audit trail shows expected operations';
  const base = fromChecks(id, text, evidence, ['audit.trail'], 'verification did not run');
  // A pass without a change log read means the config names no audit table: the operations were not looked at.
  if (base.status === 'pass' && counted(evidence, 'audit.trail', 'changeLog') === 0) {
    return notChecked(id, text, 'the config names no audit table: set audit.change_log to the table your audit triggers write');
  }
  return base;
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

/** The project's own criteria: pg-promote cannot see them, so they are listed for a person to tick. */
function ownCriteria(evidence: Evidence): Criterion[] {
  return (evidence.ownCriteria ?? []).map((text, i) => notChecked(`own-${i + 1}`, text, 'checked by a person (report.criteria), not by pg-promote'));
}

export function successCriteria(evidence: Evidence): Criterion[] {
  return [
    notChecked('zero-errors-in-logs', 'Zero errors in production logs', 'needs the production logs, which pg-promote does not read'),
    viewsReturnData(evidence),
    rlsBlocksDirectAccess(evidence),
    auditTrail(evidence),
    crossBoundaryWrites(evidence),
    ciBoundary(evidence),
    ...ownCriteria(evidence),
    notChecked('no-performance-degradation', 'No performance degradation', 'no latency comparison given (pass latency --compare\'s --json output with --results)'),
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

function viewsCompile(evidence: Evidence): Criterion {
  const text = 'Views compile without errors';
  if (noViews(evidence)) return notApplicable('views-compile', text, 'no views in the checked schemas');
  return fromChecks('views-compile', text, evidence, ['views.compile'], 'verification did not run');
}

/** Active is the lints' word; tested needs a role tried against them (roles.access). */
function rlsActive(evidence: Evidence): Criterion {
  const id = 'rls-active';
  const text = 'RLS policies are active and tested';
  if (noPolicies(evidence)) return notApplicable(id, text, 'no policies');
  const base = fromChecks(id, text, evidence, ['rls.required', 'lint.policy-rls-disabled', 'roles.access'], 'verification did not run');
  if (base.status === 'pass' && !evidence.checks.some((c) => c.id === 'roles.access')) {
    return notChecked(id, text, `policies are enforced (${base.evidence}), but no role was tried against them: add verify.roles`);
  }
  return base;
}

/** The pre-promotion checklist, as far as pg-promote's stages can answer it. */
export function prePromotionChecklist(evidence: Evidence): Criterion[] {
  return [
    fromChecks('staging-applied', 'All scripts ran successfully on staging', evidence, ['staging.gate'], 'no staging gate ran: pass --staging-url to plan or migrate'),
    fromChecks('row-counts', 'Row counts match expectations', evidence, ['rows.counts'], 'no row counts configured: add verify.row_counts'),
    viewsCompile(evidence),
    rlsActive(evidence),
    fromChecks('audit-complete', 'Audit trail shows complete execution', evidence, ['audit.trail'], 'verification did not run'),
    backupTaken(evidence.backup),
    pitrReady(evidence.backup),
  ];
}
