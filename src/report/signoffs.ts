import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The runbook's sign-offs, as the approvals stage records them (who reviewed which gate
 * environment, how, with what comment). The report reads them from a file given to --results,
 * beside the stage results: the engine knows sign-offs, not where they came from.
 */
export interface SignOff {
  environment: string;
  reviewer: string;
  state: string;
  comment: string;
  /** When the record was read; the reviews were given at or before it. */
  recordedAt: string;
}

interface ApprovalsFile {
  recordedAt: string;
  approvals: Array<{ environment: string; user: string; state: string; comment: string }>;
}

function isApprovalsFile(value: unknown): value is ApprovalsFile {
  const v = value as ApprovalsFile;
  return Boolean(v) && typeof v === 'object' && typeof v.recordedAt === 'string' && Array.isArray(v.approvals) &&
    v.approvals.every((a) => a && typeof a.environment === 'string' && typeof a.user === 'string' && typeof a.state === 'string');
}

/** Splits --results into sign-off records and the rest (stage results, read as before). */
export function splitSignOffs(root: string, files: readonly string[]): { signOffs: SignOff[]; stageFiles: string[] } {
  const signOffs: SignOff[] = [];
  const stageFiles: string[] = [];
  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path.resolve(root, file), 'utf8'));
    } catch {
      stageFiles.push(file); // not readable or not JSON: the stage reader names the problem
      continue;
    }
    if (!isApprovalsFile(parsed)) {
      stageFiles.push(file);
      continue;
    }
    for (const a of parsed.approvals) {
      signOffs.push({ environment: a.environment, reviewer: a.user, state: a.state, comment: a.comment ?? '', recordedAt: parsed.recordedAt });
    }
  }
  return { signOffs, stageFiles };
}
