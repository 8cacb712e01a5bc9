import type { PromotionConfig } from '../config/load.js';
import type { Envelope } from '../result.js';
import type { EventSink } from '../events.js';
import type { EngineOptions } from './options.js';

/** Commands that work on the repository alone (no database): they get the config, not a session. */
export interface OfflineContext {
  options: EngineOptions;
  config: PromotionConfig;
  /** The run's warnings and the like (CommandContext's); the report is what the run returns. */
  envelope: Envelope;
  emit: EventSink;
}

/** Commands that need neither a database nor a config (init writes the config). */
export interface RepositoryContext {
  options: EngineOptions;
  envelope: Envelope;
  emit: EventSink;
}
