import { z } from 'zod';

// PLACEHOLDER (pre-wired by the lead): the owner of src/windows/ replaces this section.
export const maintenanceWindowsSection = z.strictObject({}).describe('maintenance_windows');

export type MaintenanceWindowsConfig = Record<string, never>;

export function buildMaintenanceWindowsConfig(_section: z.output<typeof maintenanceWindowsSection> | undefined, _root: string): MaintenanceWindowsConfig {
  return {};
}
