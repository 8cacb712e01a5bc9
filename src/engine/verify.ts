import { PromoteError } from '../errors/promote-error.js';
import type { CommandContext } from './context.js';

export async function verify(_ctx: CommandContext): Promise<void> {
  throw new PromoteError('internal', 'verify is being built');
}
