import type { FakeGitHub as RestApi } from '../fake-github.js';
import type { ArtifactStore } from './artifacts.js';
import type { Cancellation } from './cancellation.js';
import type { Repositories } from './repositories.js';
import type { Origin } from './workflow.js';

/** What every run of one simulated GitHub shares. */
export interface Runtime {
  repos: Repositories;
  artifacts: ArtifactStore;
  sarif: SarifUpload[];
  /** The local REST API (fake-github.ts), when the test started one. */
  api?: RestApi;
  /** Extra variables every step's process gets (the runner image's, e.g. PG_BIN). */
  runnerEnv: Record<string, string>;
}

export interface SarifUpload {
  repo: string;
  runId: number;
  category: string;
  sarif: any;
}

/** What one step sees while it runs. */
export interface StepRuntime {
  runtime: Runtime;
  origin: Origin;
  repo: string;
  runId: number;
  attempt: number;
  workspace: string;
  temp: string;
  env: NodeJS.ProcessEnv;
  contexts: Record<string, unknown>;
  cancellation: Cancellation;
  /** Process groups the job's steps started, killed when the job ends. */
  processGroups: Set<number>;
  /** A line of the step's output: workflow commands are read from it, the rest logged masked. */
  line(text: string): void;
  warning(message: string): void;
}
