import { z } from 'zod';

// PLACEHOLDER (pre-wired by the lead): the owner of src/notify/ replaces this section.
export const notificationsSection = z.strictObject({}).describe('notifications');

export type NotificationsConfig = Record<string, never>;

export function buildNotificationsConfig(_section: z.output<typeof notificationsSection> | undefined, _root: string): NotificationsConfig {
  return {};
}
