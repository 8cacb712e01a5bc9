import { PromoteError } from '../errors/promote-error.js';
import type { CommandContext } from './context.js';

export async function report(_ctx: CommandContext): Promise<void> {
  throw new PromoteError('internal', 'report is being built');
}
