import { PromoteError } from '../errors/promote-error.js';
import type { CommandContext } from './context.js';

export async function backup(_ctx: CommandContext): Promise<void> {
  throw new PromoteError('internal', 'backup is being built');
}
