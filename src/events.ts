import type { FileKind, FileResult } from './result.js';

/** Progress as it happens, for adapters that show it live (the CLI's lines, the action's groups). */
export type EngineEvent =
  | { type: 'connected'; target: string; serverVersion: string }
  | { type: 'lock-wait'; holder: string }
  | { type: 'lock-acquired' }
  | { type: 'phase-start'; phase: string; pending: number }
  | { type: 'file-start'; phase: string; kind: FileKind; file: string; version?: string }
  | { type: 'file-done'; result: FileResult }
  | { type: 'retry'; file: string; attempt: number; of: number; waitMs: number; sqlstate: string; message: string }
  /** Backup and restore: a step begins (what runs, with which tool), or long work goes on (bytes so far, time taken). */
  | { type: 'stage-step'; stage: 'backup' | 'restore'; message: string }
  | { type: 'stage-progress'; stage: 'backup' | 'restore'; step: string; bytes?: number; totalBytes?: number; elapsedMs: number; done?: boolean }
  /** Long-running watches (ramp gates, latency probes, review steps): one line of current numbers. */
  | { type: 'progress'; stage: 'ramp' | 'latency' | 'review' | 'notify' | 'flags' | 'migrate'; message: string };

export type EventSink = (event: EngineEvent) => void;
