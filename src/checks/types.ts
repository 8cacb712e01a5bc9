/** What the verification stage reports; part of AnyResult. */
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'not-checked';

export interface CheckFinding {
  /** schema.name, role, or policy on table. */
  object: string;
  reason: string;
  /** Only when one check reports both: whether this finding fails the check or only warns. */
  level?: 'fail' | 'warn';
}

export interface CheckResult {
  /** Stable id, e.g. rls.required, roles.access, boundary.grants. */
  id: string;
  phase?: string;
  status: CheckStatus;
  summary: string;
  findings: CheckFinding[];
  /** Figures behind the summary (tables checked, views probed, ...), for reports. */
  counts?: Record<string, number>;
  durationMs?: number;
}
