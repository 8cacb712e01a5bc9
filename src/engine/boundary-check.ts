import { PromoteError } from '../errors/promote-error.js';
import type { OfflineContext } from './offline.js';

export async function boundaryCheck(_ctx: OfflineContext): Promise<void> {
  throw new PromoteError('internal', 'boundary-check is being built');
}
