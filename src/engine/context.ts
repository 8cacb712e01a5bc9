import type { Session } from '../db/session.js';
import type { Command, Envelope } from '../result.js';
import type { EventSink } from '../events.js';
import type { EngineOptions } from './options.js';
import type { Prepared } from './prepare.js';
import type { SettingsOf } from './settings.js';

/** What a command gets: validated input, an open session; it returns its own report (./outcome.ts). */
export interface CommandContext<C extends Command = Command> {
  options: EngineOptions;
  prepared: Prepared;
  session: Session;
  /**
   * What the run says whatever the command: its warnings, its execution id, the database it
   * reached. The command's own report is what its run returns, never written here.
   */
  envelope: Envelope;
  /** Its options merged over the config (its command module's `resolve`). */
  settings: SettingsOf<C>;
  emit: EventSink;
}
