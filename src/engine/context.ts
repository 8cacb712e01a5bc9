import type { Session } from '../db/session.js';
import type { PromoteResult } from '../result.js';
import type { EventSink } from '../events.js';
import type { EngineOptions } from './options.js';
import type { Prepared } from './prepare.js';

/** What a command gets: validated input, an open session, the result it fills in. */
export interface CommandContext {
  options: EngineOptions;
  prepared: Prepared;
  session: Session;
  result: PromoteResult;
  emit: EventSink;
}
