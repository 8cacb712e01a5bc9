import type { Session } from '../db/session.js';
import type { Command, CommandResult } from '../result.js';
import type { EventSink } from '../events.js';
import type { EngineOptions } from './options.js';
import type { Prepared } from './prepare.js';
import type { SettingsOf } from './settings.js';

/** What a command gets: validated input, an open session, the result it fills in. */
export interface CommandContext<C extends Command = Command> {
  options: EngineOptions;
  prepared: Prepared;
  session: Session;
  /** The result this command fills in: the envelope and its own report, nothing of another command's. */
  result: CommandResult<C>;
  /** Its options merged over the config (its command module's `resolve`). */
  settings: SettingsOf<C>;
  emit: EventSink;
}
