import type { PhaseCheck } from './check.js';
import { definerView } from './lints/definer-view.js';
import { functionSearchPath } from './lints/function-search-path.js';
import { policyAlwaysTrue } from './lints/policy-always-true.js';
import { policyRlsDisabled } from './lints/policy-rls-disabled.js';
import { rlsNoPolicy } from './lints/rls-no-policy.js';

/**
 * Security lints in the spirit of Supabase's Splinter, one file per lint under lints/, each a
 * single catalog query over the phase's checked schemas (its own schema and its view schemas).
 */
export const SECURITY_LINTS: readonly PhaseCheck[] = [policyRlsDisabled, rlsNoPolicy, definerView, functionSearchPath, policyAlwaysTrue];
