import type { CommandContext } from './context.js';

/** migrate on a production database: needs a verified, recent backup manifest of it (being built). */
export async function backupGate(_ctx: CommandContext): Promise<void> {}
