import type { Command } from '../result.js';
import type { EventSink } from './events.js';

export interface EngineOptions {
  command: Command;
  /** Repository root; config paths resolve against it. */
  root: string;
  configPath?: string;
  databaseUrl?: string;
  /** Phase names to act on, in any order; empty means every phase in config order. */
  phases?: string[];
  dryRun?: boolean;
  /** down: revert every applied version above this one ("0" reverts all). */
  to?: string;
  /** Recorded as applied_by: who asked for the run (CI actor or OS user). */
  actor?: string;
  onEvent?: EventSink;
}
