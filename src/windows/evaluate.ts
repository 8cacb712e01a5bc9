import { DAYS, type MaintenanceWindow } from './config.js';
import { addDays, hhmm, instantOf, localTime } from './zoned-time.js';

export interface WindowOccurrence {
  window: MaintenanceWindow;
  opensAt: Date;
  closesAt: Date;
}

/**
 * Each window's occurrences around an instant, as real instants: from the local day before
 * (a window that opened yesterday evening may still be open) to eight days ahead. Computed per
 * local date, so a daylight-saving change shifts the instants, never the local hours.
 */
function occurrences(window: MaintenanceWindow, now: Date): WindowOccurrence[] {
  const today = localTime(now, window.timeZone);
  const found: WindowOccurrence[] = [];
  // A day past the week: a weekly window skipped by a spring-forward gap tomorrow next opens
  // eight days from today, and that is the opening to report.
  for (let offset = -1; offset <= 8; offset++) {
    const date = addDays(today.year, today.month, today.day, offset);
    const weekday = (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
    if (!window.days.includes(DAYS[weekday]!)) continue;
    const closeDate = window.end <= window.start ? addDays(date.year, date.month, date.day, 1) : date;
    const opensAt = instantOf(window.timeZone, date.year, date.month, date.day, window.start);
    const closesAt = instantOf(window.timeZone, closeDate.year, closeDate.month, closeDate.day, window.end);
    // Wholly inside a spring-forward gap, the window does not happen that day.
    if (opensAt < closesAt) found.push({ window, opensAt, closesAt });
  }
  return found;
}

/** The window open at `now` (the first in config order when several are), or none. */
export function openWindow(windows: readonly MaintenanceWindow[], now: Date): WindowOccurrence | undefined {
  for (const window of windows) {
    const open = occurrences(window, now).find((o) => o.opensAt <= now && now < o.closesAt);
    if (open) return open;
  }
  return undefined;
}

/** The next opening of any window after `now`, within a week. */
export function nextWindow(windows: readonly MaintenanceWindow[], now: Date): WindowOccurrence | undefined {
  return windows
    .flatMap((w) => occurrences(w, now))
    .filter((o) => o.opensAt > now)
    .sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime())[0];
}

/** "Tue 22:00 Europe/Berlin": how a person reads an instant of a window. */
export function localLabel(instant: Date, zone: string): string {
  const l = localTime(instant, zone);
  return `${DAYS[l.weekday]} ${l.year}-${String(l.month).padStart(2, '0')}-${String(l.day).padStart(2, '0')} ${hhmm(l.minute)} ${zone}`;
}
