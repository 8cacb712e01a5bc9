import { PromoteError } from '../errors/promote-error.js';
import type { OfflineContext } from './offline.js';

export async function lint(_ctx: OfflineContext): Promise<void> {
  throw new PromoteError('internal', 'lint is being built');
}
