import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { downloadArtifact, uploadArtifact } from './artifacts.js';
import type { StepRuntime } from './runtime.js';

/**
 * Local stand-ins for the marketplace actions the workflows use, keyed by owner/repo[/path].
 * A stand-in returns its outputs or throws; the step fails with the error as its ::error.
 */
export type StandIn = (step: StepRuntime, inputs: Record<string, string>) => Record<string, string>;

export const STAND_INS: Record<string, { minMajor: number; run: StandIn }> = {
  'actions/checkout': { minMajor: 4, run: checkout },
  'actions/upload-artifact': { minMajor: 4, run: (step, inputs) => uploadArtifact(artifactStep(step, inputs)) },
  'actions/download-artifact': { minMajor: 4, run: (step, inputs) => downloadArtifact(artifactStep(step, inputs)) },
  'github/codeql-action/upload-sarif': { minMajor: 3, run: uploadSarif },
};

function artifactStep(step: StepRuntime, inputs: Record<string, string>) {
  return {
    inputs,
    workspace: step.workspace,
    repo: step.repo,
    runId: step.runId,
    attempt: step.attempt,
    store: step.runtime.artifacts,
    log: step.line,
    warning: step.warning,
  };
}

/** actions/checkout: the repository (default the run's) at the ref (default the run's commit), with its history. */
function checkout(step: StepRuntime, inputs: Record<string, string>): Record<string, string> {
  const github = step.contexts.github as { repository: string; sha: string };
  const repository = inputs.repository || github.repository;
  const ref = inputs.ref || (repository.toLowerCase() === github.repository.toLowerCase() ? github.sha : 'HEAD');
  const dest = path.resolve(step.workspace, inputs.path || '.');
  if (!dest.startsWith(step.workspace)) throw new Error(`Repository path '${dest}' is not under '${step.workspace}'`);
  const sha = step.runtime.repos.resolve(repository, ref);
  rmSync(dest, { recursive: true, force: true });
  step.runtime.repos.clone(repository, sha, dest);
  step.line(`Checked out ${repository} at ${sha} into ${path.relative(step.workspace, dest) || '.'}`);
  return { ref, commit: sha };
}

/** github/codeql-action/upload-sarif: a SARIF 2.1.0 file, or every .sarif file of a folder, recorded for the test. */
function uploadSarif(step: StepRuntime, inputs: Record<string, string>): Record<string, string> {
  const target = path.resolve(step.workspace, inputs.sarif_file || '../results');
  let files: string[];
  try {
    files = statSync(target).isDirectory() ? readdirSync(target).filter((f) => f.endsWith('.sarif')).map((f) => path.join(target, f)) : [target];
  } catch {
    throw new Error(`Path does not exist: ${inputs.sarif_file}`);
  }
  if (files.length === 0) throw new Error(`No SARIF files found to upload in "${inputs.sarif_file}".`);
  for (const file of files) {
    let sarif: any;
    try {
      sarif = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`Invalid SARIF. JSON syntax error: ${(error as Error).message}`);
    }
    if (sarif?.version !== '2.1.0' || !Array.isArray(sarif.runs)) throw new Error(`Unable to upload "${file}" as it is not valid SARIF: version must be 2.1.0 and runs an array`);
    step.runtime.sarif.push({ repo: step.repo, runId: step.runId, category: inputs.category ?? '', sarif });
  }
  step.line(`Uploaded ${files.length} SARIF file(s)`);
  return { 'sarif-id': `sarif-${step.runId}-${step.runtime.sarif.length}` };
}
