import type { CommandContext } from './context.js';
import { usageError } from '../errors/promote-error.js';

// PLACEHOLDER (pre-wired by the lead): replaced by the owner of this command.
export async function flags(_ctx: CommandContext): Promise<void> {
  throw usageError('flags is not built yet');
}
