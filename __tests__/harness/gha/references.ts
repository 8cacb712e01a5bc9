import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Repositories } from './repositories.js';
import { STAND_INS, type StandIn } from './stand-ins.js';
import type { Origin } from './workflow.js';

/**
 * What a `uses:` names. `$/path`: the repository and commit of the workflow that contains it
 * (GitHub, runner 2.336+, 2026-07-30). `./path`: an action in the job's workspace (the caller's
 * checkout), a reusable workflow in the run's repository at the run's commit. `owner/repo[/path]@ref`:
 * a stand-in, or a registered repository at that ref. Anything else is an error naming it.
 */
export type ActionReference = { kind: 'stand-in'; name: string; run: StandIn } | { kind: 'action'; dir: string; repository: string; ref: string };

export function resolveAction(uses: string, origin: Origin, workspace: string, repos: Repositories): ActionReference {
  if (uses.startsWith('docker://')) throw new Error(`uses: ${uses}: docker actions are not modelled`);
  if (uses.startsWith('./')) {
    const dir = path.resolve(workspace, uses);
    if (!hasActionFile(dir)) throw new Error(`Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '${dir}'. Did you forget to run actions/checkout before running your local action?`);
    return { kind: 'action', dir, repository: '', ref: '' };
  }
  if (uses.startsWith('$/')) {
    const dir = path.join(repos.tree(origin.repo, origin.sha), uses.slice(2));
    if (!hasActionFile(dir)) throw new Error(`uses: ${uses}: ${origin.repo}@${origin.sha} has no action.yml at '${uses.slice(2) || '.'}'`);
    return { kind: 'action', dir, repository: origin.repo, ref: origin.sha };
  }
  const match = /^([\w.-]+\/[\w.-]+)((?:\/[^@]+)?)@(.+)$/.exec(uses);
  if (!match) throw new Error(`uses: '${uses}' is not a valid action reference (owner/repo[/path]@ref, ./path or $/path)`);
  const [, repository, sub, ref] = match as unknown as [string, string, string, string];
  const standIn = STAND_INS[`${repository}${sub}`.toLowerCase()];
  if (standIn) {
    const major = /^v(\d+)/.exec(ref);
    if (major && Number(major[1]) < standIn.minMajor) throw new Error(`uses: ${uses}: only v${standIn.minMajor} and later of ${repository}${sub} are modelled (earlier ones are deprecated on GitHub)`);
    return { kind: 'stand-in', name: `${repository}${sub}`, run: standIn.run };
  }
  if (!repos.has(repository)) throw new Error(`uses: ${uses}: no such action here (stand-ins: ${Object.keys(STAND_INS).join(', ')}; or register the repository ${repository})`);
  const sha = repos.resolve(repository, ref);
  const dir = path.join(repos.tree(repository, sha), sub);
  if (!hasActionFile(dir)) throw new Error(`uses: ${uses}: ${repository}@${ref} has no action.yml at '${sub.slice(1) || '.'}'`);
  return { kind: 'action', dir, repository, ref };
}

export function readActionFile(dir: string): string {
  for (const name of ['action.yml', 'action.yaml']) if (existsSync(path.join(dir, name))) return readFileSync(path.join(dir, name), 'utf8');
  throw new Error(`no action.yml in ${dir}`);
}

const hasActionFile = (dir: string) => existsSync(path.join(dir, 'action.yml')) || existsSync(path.join(dir, 'action.yaml'));

/** Where a reusable workflow's file is: repository, commit and path. */
export function resolveWorkflowReference(uses: string, origin: Origin, run: { repo: string; sha: string }, repos: Repositories): Origin {
  const missing = (o: Origin) => {
    if (repos.read(o.repo, o.sha, o.path) === undefined) throw new Error(`error parsing called workflow "${origin.repo}/${origin.path}@${origin.sha.slice(0, 7)}" -> "${uses}": workflow was not found`);
    return o;
  };
  if (uses.startsWith('./')) return missing({ repo: run.repo, sha: run.sha, path: path.posix.normalize(uses) });
  if (uses.startsWith('$/')) return missing({ repo: origin.repo, sha: origin.sha, path: path.posix.normalize(uses.slice(2)) });
  const match = /^([\w.-]+\/[\w.-]+)\/(\.github\/workflows\/[^@]+\.ya?ml)@(.+)$/.exec(uses);
  if (!match) throw new Error(`uses: '${uses}' is not a reusable workflow reference ({owner}/{repo}/.github/workflows/{file}@{ref}, ./.github/workflows/{file} or $/.github/workflows/{file})`);
  const [, repository, file, ref] = match as unknown as [string, string, string, string];
  if (!repos.has(repository)) throw new Error(`error parsing called workflow "${origin.path}" -> "${uses}": failed to fetch workflow: repository ${repository} not found`);
  return missing({ repo: repository, sha: repos.resolve(repository, ref), path: file });
}
