/** What the verification stage reports; part of PromoteResult. */
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'not-checked';

export interface CheckFinding {
  /** schema.name, role, or policy on table. */
  object: string;
  reason: string;
}

export interface CheckResult {
  /** Stable id, e.g. rls.enabled, roles.access, boundary.grants. */
  id: string;
  phase?: string;
  status: CheckStatus;
  summary: string;
  findings: CheckFinding[];
}
