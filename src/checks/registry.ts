import { auditTrail } from './audit-trail.js';
import { boundaryGrants } from './boundary-grants.js';
import type { Check } from './check.js';
import { expectedObjects } from './expected-objects.js';
import { rlsRequired } from './rls.js';
import { roleAccess } from './roles.js';
import { rowCounts } from './row-counts.js';
import { SECURITY_LINTS } from './security-lints.js';
import { viewsCompile, viewsReturnRows } from './views.js';

/** Every check, in the order results are reported. A new check is one file, listed here. */
export const CHECKS: readonly Check[] = [
  expectedObjects,
  rlsRequired,
  ...SECURITY_LINTS,
  roleAccess,
  boundaryGrants,
  viewsCompile,
  viewsReturnRows,
  rowCounts,
  auditTrail,
];
