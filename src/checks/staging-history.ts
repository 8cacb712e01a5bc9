import type { HistoryRow } from '../migrate/history.js';
import { historyState, repeatableKey } from '../migrate/history.js';
import type { PhasePlan } from '../migrate/planner.js';
import type { CheckFinding } from './types.js';

/**
 * The runbook's first checklist item, "all scripts ran successfully on staging", as a
 * comparison: every file this run would apply must be in staging's history, applied
 * successfully (and not reverted) with the same checksum. Pure: the caller reads the history.
 */
export interface StagingComparison {
  /** Files this run would apply. */
  considered: number;
  findings: CheckFinding[];
}

const short = (checksum: string) => `${checksum.slice(0, 12)}…`;

export function compareWithStaging(plans: readonly PhasePlan[], stagingRows: readonly HistoryRow[]): StagingComparison {
  const state = historyState(stagingRows);
  const findings: CheckFinding[] = [];
  let considered = 0;
  const lastAttempt = (phase: string, kind: string, match: (r: HistoryRow) => boolean) =>
    [...stagingRows].reverse().find((r) => r.phase === phase && r.kind === kind && match(r));

  for (const plan of plans) {
    const phase = plan.files.phase.name;
    for (const file of plan.pending) {
      considered++;
      const applied = state.applied.get(phase)?.get(file.version.text);
      if (applied) {
        if (applied.checksum !== file.checksum) {
          findings.push({ object: file.path.rel, reason: `staging applied version ${file.version.text} with checksum ${short(applied.checksum)}, this file is ${short(file.checksum)}` });
        }
        continue;
      }
      const last = lastAttempt(phase, 'migration', (r) => r.version === file.version.text);
      let reason = `version ${file.version.text} was never applied on staging`;
      if (last?.success && last.reverted_at) reason = `version ${file.version.text} was applied on staging and then reverted by a DOWN`;
      else if (last && !last.success) reason = `version ${file.version.text} failed on staging (its last attempt there)`;
      findings.push({ object: file.path.rel, reason });
    }
    for (const repeatable of plan.repeatables.filter((r) => r.reason)) {
      considered++;
      const rel = repeatable.file.path.rel;
      const applied = state.repeatables.get(repeatableKey(phase, repeatable.kind, rel));
      if (!applied) {
        const failed = lastAttempt(phase, repeatable.kind, (r) => r.file_name === rel && !r.success);
        findings.push({ object: rel, reason: failed ? `${repeatable.kind} file failed on staging and never succeeded there` : `${repeatable.kind} file was never applied on staging` });
      } else if (applied.checksum !== repeatable.file.checksum) {
        findings.push({ object: rel, reason: `staging last applied this ${repeatable.kind} file with checksum ${short(applied.checksum)}, this file is ${short(repeatable.file.checksum)}` });
      }
    }
  }
  return { considered, findings };
}
