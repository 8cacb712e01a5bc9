import type { PhasePlan } from '../migrate/planner.js';
import type { CommandContext } from './context.js';

/** With --staging-url: refuse pending files staging has not applied with the same checksum (being built). */
export async function stagingGate(_ctx: CommandContext, _plans: PhasePlan[]): Promise<void> {}
