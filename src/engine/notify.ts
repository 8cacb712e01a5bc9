import type { OfflineContext } from './offline.js';
import { usageError } from '../errors/promote-error.js';

// PLACEHOLDER (pre-wired by the lead): replaced by the owner of this command.
export async function notify(_ctx: OfflineContext): Promise<void> {
  throw usageError('notify is not built yet');
}
