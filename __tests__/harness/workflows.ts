import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './cli.js';

export interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  'continue-on-error'?: boolean;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

export interface Job {
  name?: string;
  needs?: string | string[];
  outputs?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean; queue?: string };
  environment?: string | { name: string };
  permissions?: Record<string, string> | string;
  uses?: string;
  if?: string;
  steps?: Step[];
  strategy?: { matrix?: unknown; 'max-parallel'?: unknown; 'fail-fast'?: boolean };
  'timeout-minutes'?: number;
}

export interface Workflow {
  file: string;
  text: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean; queue?: string };
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

export const WORKFLOW_DIR = path.join(REPO_ROOT, '.github/workflows');

export function workflowFiles(): string[] {
  return readdirSync(WORKFLOW_DIR).filter((f) => f.endsWith('.yml')).map((f) => path.join(WORKFLOW_DIR, f));
}

export function loadWorkflow(name: string): Workflow {
  const file = path.join(WORKFLOW_DIR, name);
  const text = readFileSync(file, 'utf8');
  return { file, text, ...(parse(text) as Omit<Workflow, 'file' | 'text'>) };
}

export const needsOf = (job: Job): string[] => (job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs]);

/** Every job a job waits for, directly or through others. */
export function transitiveNeeds(workflow: Workflow, jobId: string): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    for (const need of needsOf(workflow.jobs[id]!)) {
      if (!seen.has(need)) {
        seen.add(need);
        visit(need);
      }
    }
  };
  visit(jobId);
  return seen;
}

export const environmentOf = (job: Job): string | undefined =>
  typeof job.environment === 'string' ? job.environment : job.environment?.name;

/** A step by id (or, failing that, by name), for tests that run its script. */
export function stepOf(job: Job, idOrName: string): Step {
  const step = job.steps?.find((s) => s.id === idOrName) ?? job.steps?.find((s) => s.name === idOrName);
  if (!step) throw new Error(`no step ${idOrName}`);
  return step;
}

/** Every `run:` script of every workflow, with where it is. */
export function runScripts(): { where: string; script: string; line: number }[] {
  return workflowFiles().flatMap((file) => {
    const wf = loadWorkflow(path.basename(file));
    const lines = wf.text.split('\n');
    return Object.entries(wf.jobs).flatMap(([id, job]) =>
      (job.steps ?? []).flatMap((step, i) => {
        if (!step.run) return [];
        const first = step.run.split('\n')[0]!;
        const line = lines.findIndex((l) => l.includes(first)) + 1;
        return [{ where: `${path.basename(file)}/${id}/step ${i + 1}`, script: step.run, line }];
      }),
    );
  });
}
