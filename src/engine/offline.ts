import type { PromotionConfig } from '../config/load.js';
import type { Command, CommandResult } from '../result.js';
import type { EventSink } from '../events.js';
import type { EngineOptions } from './options.js';

/** Commands that work on the repository alone (no database): they get the config, not a session. */
export interface OfflineContext<C extends Command = Command> {
  options: EngineOptions;
  config: PromotionConfig;
  result: CommandResult<C>;
  emit: EventSink;
}

/** Commands that need neither a database nor a config (init writes the config). */
export interface RepositoryContext<C extends Command = Command> {
  options: EngineOptions;
  result: CommandResult<C>;
  emit: EventSink;
}
