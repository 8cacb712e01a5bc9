import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow, type WorkflowTemplate } from '@actions/workflow-parser';
import { parse } from 'yaml';
import { Expr, withExpressions, type Value } from './expressions.js';

/** Where a workflow file came from: `$/` inside it resolves here. */
export interface Origin {
  repo: string;
  sha: string;
  path: string;
}

export interface StepDefinition {
  /** The step's id, or the one GitHub generates (__run, __run_2, __actions_checkout ...). */
  id: string;
  name?: Value;
  /** With the implicit success() GitHub adds when the condition has no status function. */
  if: string;
  uses?: string;
  run?: Value;
  with?: Record<string, Value>;
  env?: Record<string, Value>;
  shell?: Value;
  workingDirectory?: Value;
  continueOnError?: Value;
}

export interface JobDefinition {
  id: string;
  name?: Value;
  needs: string[];
  if: string;
  /** A reusable workflow job: the called workflow's reference. */
  uses?: string;
  with?: Record<string, Value>;
  secrets?: Record<string, Value> | 'inherit';
  strategy?: Value;
  environment?: Value;
  concurrency?: Value;
  outputs?: Record<string, Value>;
  env?: Record<string, Value>;
  defaults?: Value;
  continueOnError?: Value;
  permissions?: Value;
  steps: StepDefinition[];
}

export interface InputDefinition {
  type?: string;
  required?: boolean;
  default?: Value;
  options?: string[];
}

export interface Workflow {
  origin: Origin;
  name: string;
  on: Record<string, any>;
  env?: Record<string, Value>;
  defaults?: Value;
  concurrency?: Value;
  permissions?: Value;
  jobs: JobDefinition[];
}

/**
 * Parses and validates a workflow as GitHub does (@actions/workflow-parser); the first error
 * is thrown as one line naming the file, line and column. Job and step ids, needs and the
 * if: conditions (with the implicit success()) come from the parser's model; the values come
 * from the YAML (see Expr for why), since the model also drops keys the runner reads (with:,
 * shell:, working-directory:, defaults:, a job's continue-on-error, the number input type).
 */
export async function loadWorkflow(origin: Origin, content: string): Promise<Workflow> {
  const where = `${origin.repo}/${origin.path}@${origin.sha.slice(0, 7)}`;
  const parsed = parseWorkflow({ name: where, content }, new NoOperationTraceWriter());
  const template: WorkflowTemplate | undefined = parsed.value ? await convertWorkflowTemplate(parsed.context, parsed.value) : undefined;
  const errors = [...parsed.context.errors.getErrors().map((e) => e.message), ...(template?.errors ?? []).map((e) => e.Message)];
  if (errors.length > 0 || !template || !parsed.value) throw new Error(`invalid workflow: ${errors[0] ?? where}`);
  const raw = withExpressions(parse(content)) as Record<string, any>;
  const on = normalizeOn(raw.on);
  const jobs = template.jobs.map((job): JobDefinition => {
    const source = raw.jobs[job.id.value] as Record<string, any>;
    const steps = job.type === 'job' ? job.steps : [];
    return {
      id: job.id.value,
      name: source.name,
      needs: (job.needs ?? []).map((n) => n.value),
      if: job.if.expression,
      uses: job.type === 'reusableWorkflowJob' ? job.ref.value : undefined,
      with: source.with,
      secrets: source.secrets,
      strategy: source.strategy,
      environment: source.environment,
      concurrency: source.concurrency,
      outputs: source.outputs,
      env: source.env,
      defaults: source.defaults,
      continueOnError: source['continue-on-error'],
      permissions: source.permissions,
      steps: steps.map((step, i) => {
        const s = (source.steps as Record<string, any>[])[i]!;
        return {
          id: step.id,
          name: s.name,
          if: 'if' in step && step.if ? step.if.expression : 'success()',
          uses: s.uses,
          run: s.run,
          with: s.with,
          env: s.env,
          shell: s.shell,
          workingDirectory: s['working-directory'],
          continueOnError: s['continue-on-error'],
        };
      }),
    };
  });
  return { origin, name: typeof raw.name === 'string' ? raw.name : origin.path, on, env: raw.env, defaults: raw.defaults, concurrency: raw.concurrency, permissions: raw.permissions, jobs };
}

/** `on: push`, `on: [push]` and `on: { push: }` as one shape. */
function normalizeOn(on: Value): Record<string, any> {
  if (typeof on === 'string') return { [on]: {} };
  if (Array.isArray(on)) return Object.fromEntries(on.map((e) => [String(e), {}]));
  if (on instanceof Expr || on === null || typeof on !== 'object') return {};
  return Object.fromEntries(Object.entries(on).map(([k, v]) => [k, v ?? {}]));
}
