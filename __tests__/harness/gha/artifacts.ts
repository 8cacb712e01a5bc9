import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { minimatch } from 'minimatch';

/**
 * Artifacts of workflow runs, and stand-ins for actions/upload-artifact@v4 and
 * actions/download-artifact@v4 with the semantics their READMEs document: an artifact name is
 * unique in a run, across attempts (409 Conflict unless overwrite: true); the files are stored
 * relative to the least common ancestor of the search paths; hidden files only with
 * include-hidden-files; download by name extracts into path, by pattern (or all) into
 * path/<name>/ unless merge-multiple; run-id (with github-token) reads another run's.
 */
export interface Artifact {
  id: number;
  name: string;
  repo: string;
  runId: number;
  attempt: number;
  retentionDays: number;
  digest: string;
  /** Folder holding the artifact's files. */
  dir: string;
  /** Paths inside the artifact, sorted. */
  files: string[];
}

export class ArtifactStore {
  private nextId = 1;
  private readonly all: Artifact[] = [];

  constructor(readonly root: string) {}

  list(repo: string, runId: number): Artifact[] {
    return this.all.filter((a) => a.repo === repo && a.runId === runId);
  }

  find(repo: string, runId: number, name: string): Artifact | undefined {
    return this.list(repo, runId).find((a) => a.name === name);
  }

  put(artifact: Omit<Artifact, 'id'>): Artifact {
    const index = this.all.findIndex((a) => a.repo === artifact.repo && a.runId === artifact.runId && a.name === artifact.name);
    const stored = { ...artifact, id: this.nextId++ };
    if (index >= 0) this.all.splice(index, 1);
    this.all.push(stored);
    return stored;
  }
}

export interface ArtifactStepContext {
  inputs: Record<string, string>;
  workspace: string;
  repo: string;
  runId: number;
  attempt: number;
  store: ArtifactStore;
  log(line: string): void;
  warning(message: string): void;
}

const INVALID_NAME = /[":<>|*?\r\n\\/]/;

export function uploadArtifact(step: ArtifactStepContext): Record<string, string> {
  const { inputs } = step;
  const name = inputs.name || 'artifact';
  if (INVALID_NAME.test(name)) throw new Error(`The artifact name is not valid: ${name}. Contains the following character: ${INVALID_NAME.exec(name)![0]}`);
  const lines = (inputs.path ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) throw new Error('Input required and not supplied: path');
  const hidden = inputs['include-hidden-files'] === 'true';
  const { root, files } = search(lines, step.workspace, hidden);
  const ifNone = inputs['if-no-files-found'] || 'warn';
  if (!['warn', 'error', 'ignore'].includes(ifNone)) throw new Error(`Unrecognized if-no-files-found input. Provided: ${ifNone}. Available options: warn,error,ignore`);
  if (files.length === 0) {
    const message = `No files were found with the provided path: ${lines.join('\n')}. No artifacts will be uploaded.`;
    if (ifNone === 'error') throw new Error(message);
    if (ifNone === 'warn') step.warning(message);
    else step.log(message);
    return {};
  }
  const retention = inputs['retention-days'] ? Number(inputs['retention-days']) : 90;
  if (!Number.isInteger(retention) || retention < 0 || retention > 90) throw new Error(`Invalid retention, minimum value is 1 and maximum is 90 (got ${inputs['retention-days']})`);
  if (step.store.find(step.repo, step.runId, name)) {
    if (inputs.overwrite !== 'true') throw new Error('Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run');
    step.log(`Artifact '${name}' (an earlier one of this name) will be deleted: overwrite is true`);
  }
  const dir = mkdtempSync(path.join(step.store.root, 'a-'));
  const hash = createHash('sha256');
  for (const file of files) {
    const relative = path.relative(root, file);
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    cpSync(file, path.join(dir, relative));
    hash.update(relative).update(readFileSync(file));
  }
  const stored = step.store.put({
    name,
    repo: step.repo,
    runId: step.runId,
    attempt: step.attempt,
    retentionDays: retention || 90,
    digest: hash.digest('hex'),
    dir,
    files: files.map((f) => path.relative(root, f)).sort(),
  });
  step.log(`Artifact ${name} has been successfully uploaded! Final size is … bytes. Artifact ID is ${stored.id}`);
  return { 'artifact-id': String(stored.id), 'artifact-url': `https://github.com/${step.repo}/actions/runs/${step.runId}/artifacts/${stored.id}`, 'artifact-digest': stored.digest };
}

export function downloadArtifact(step: ArtifactStepContext): Record<string, string> {
  const { inputs } = step;
  const dest = path.resolve(step.workspace, expandTilde(inputs.path || '.'));
  // run-id and repository are used only together with github-token, as the action documents.
  const otherRun = inputs['github-token'] && inputs['run-id'];
  const runId = otherRun ? Number(inputs['run-id']) : step.runId;
  const repo = otherRun && inputs.repository ? inputs.repository : step.repo;
  if (inputs.name) {
    const artifact = step.store.find(repo, runId, inputs.name);
    if (!artifact) throw new Error(`Unable to download artifact(s): Artifact not found for name: ${inputs.name}\n        Please ensure that your artifact is not expired and the artifact was uploaded using a compatible version of toolkit/upload-artifact.`);
    extract(artifact, dest);
    step.log(`Artifact download completed successfully. Total of 1 artifact(s) downloaded`);
    return { 'download-path': dest };
  }
  const artifacts = step.store.list(repo, runId).filter((a) => !inputs.pattern || minimatch(a.name, inputs.pattern));
  if (artifacts.length === 0) step.log(`No artifacts found matching pattern '${inputs.pattern ?? ''}'`);
  const merge = inputs['merge-multiple'] === 'true';
  for (const artifact of artifacts) extract(artifact, merge ? dest : path.join(dest, artifact.name));
  step.log(`Total of ${artifacts.length} artifact(s) downloaded`);
  return { 'download-path': dest };
}

function extract(artifact: Artifact, dest: string): void {
  mkdirSync(dest, { recursive: true });
  cpSync(artifact.dir, dest, { recursive: true });
}

function expandTilde(p: string): string {
  return p.startsWith('~') ? path.join(os.homedir(), p.slice(1)) : p;
}

/** The files a path input names, and the folder they are stored relative to. */
function search(lines: string[], workspace: string, hidden: boolean): { root: string; files: string[] } {
  const includes = lines.filter((l) => !l.startsWith('!'));
  const excludes = lines.filter((l) => l.startsWith('!')).map((l) => path.resolve(workspace, l.slice(1)));
  const found = new Set<string>();
  const roots: string[] = [];
  for (const line of includes) {
    const absolute = path.resolve(workspace, expandTilde(line));
    const segments = absolute.split(path.sep);
    const firstGlob = segments.findIndex((s) => /[*?[\]{}]/.test(s));
    if (firstGlob < 0) {
      if (!existsSync(absolute)) continue;
      if (statSync(absolute).isDirectory()) {
        roots.push(absolute);
        for (const f of walk(absolute)) found.add(f);
      } else {
        roots.push(path.dirname(absolute));
        found.add(absolute);
      }
      continue;
    }
    const base = segments.slice(0, firstGlob).join(path.sep) || path.sep;
    roots.push(base);
    if (!existsSync(base)) continue;
    for (const f of walk(base)) if (minimatch(f, absolute, { dot: true })) found.add(f);
    // A pattern that names folders takes everything inside them.
    for (const f of walk(base)) if ([...pathPrefixes(f, base)].some((d) => minimatch(d, absolute, { dot: true }))) found.add(f);
  }
  const root = commonAncestor(roots.length ? roots : [workspace]);
  const files = [...found]
    .filter((f) => !excludes.some((e) => minimatch(f, e, { dot: true }) || f.startsWith(e + path.sep)))
    .filter((f) => hidden || !path.relative(root, f).split(path.sep).some((s) => s.startsWith('.')))
    .sort();
  return { root, files };
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

function* pathPrefixes(file: string, base: string): Generator<string> {
  let dir = path.dirname(file);
  while (dir.length > base.length) {
    yield dir;
    dir = path.dirname(dir);
  }
}

function commonAncestor(paths: string[]): string {
  const split = paths.map((p) => p.split(path.sep));
  const first = split[0]!;
  let n = 0;
  while (n < first.length && split.every((s) => s[n] === first[n])) n++;
  return first.slice(0, n).join(path.sep) || path.sep;
}
