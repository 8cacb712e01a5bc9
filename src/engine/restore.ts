import { PromoteError } from '../errors/promote-error.js';
import type { CommandContext } from './context.js';

export async function restore(_ctx: CommandContext): Promise<void> {
  throw new PromoteError('internal', 'restore is being built');
}
