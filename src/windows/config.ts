import { z } from 'zod';
import { isTimeZone } from './zoned-time.js';

/**
 * The runbook's "maintenance window scheduled", written down: named windows of wall-clock time
 * in an IANA time zone. A window whose end is earlier than its start runs past midnight into
 * the next day (its `days` are the days it opens on). Times are wall-clock, so a window keeps
 * its local hours across a daylight-saving change.
 */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

const time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/, 'must be a time HH:MM (00:00 to 24:00)');

const windowEntry = z
  .strictObject({
    days: z.array(z.enum(DAYS)).min(1, 'must list at least one day').describe('Days the window opens on: mon, tue, wed, thu, fri, sat, sun.'),
    start: time.describe('Local time the window opens (HH:MM).'),
    end: time.describe('Local time the window closes (HH:MM, exclusive); earlier than start means the next day.'),
    time_zone: z
      .string()
      .superRefine((zone, ctx) => {
        if (!isTimeZone(zone)) ctx.addIssue({ code: 'custom', message: `unknown time zone '${zone}' (expected an IANA name such as Europe/Berlin or UTC)` });
      })
      .describe('IANA time zone of start and end, e.g. Europe/Berlin.'),
  })
  .superRefine((w, ctx) => {
    if (w.start === w.end) ctx.addIssue({ code: 'custom', path: ['end'], message: `is the same as start (${w.start}): a window needs a length` });
    if (w.start === '24:00') ctx.addIssue({ code: 'custom', path: ['start'], message: 'must be before 24:00 (write 00:00 on the next day)' });
  })
  .describe('One maintenance window.');

export const maintenanceWindowsSection = z
  .record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/, 'window names are letters, digits, _ . -'), windowEntry)
  .describe('Maintenance windows by name: migrate, restore and ramp on a production database refuse to start outside every one (unless --outside-window REASON).');

export interface MaintenanceWindow {
  name: string;
  days: Day[];
  /** Minutes after local midnight. */
  start: number;
  /** Minutes after local midnight; below start when the window spans midnight. */
  end: number;
  timeZone: string;
  /** As written, for messages: "mon-fri 22:00-02:00 Europe/Berlin". */
  text: string;
}

export type MaintenanceWindowsConfig = MaintenanceWindow[];

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

export function buildMaintenanceWindowsConfig(section: z.output<typeof maintenanceWindowsSection>, _root: string): MaintenanceWindowsConfig {
  return Object.entries(section).map(([name, w]) => ({
    name,
    days: w.days,
    start: minutes(w.start),
    end: minutes(w.end),
    timeZone: w.time_zone,
    text: `${w.days.join(',')} ${w.start}-${w.end} ${w.time_zone}`,
  }));
}
