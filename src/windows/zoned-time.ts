/**
 * Wall-clock time in an IANA zone, from Intl alone (no time-zone database of our own): the
 * local day and minute of an instant, and the instant of a local day and minute.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function isTimeZone(zone: unknown): boolean {
  if (typeof zone !== 'string' || zone.length === 0) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  /** 0 = Monday ... 6 = Sunday. */
  weekday: number;
  /** Minutes after local midnight. */
  minute: number;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function localTime(instant: Date, zone: string): LocalTime {
  const parts = Object.fromEntries(formatterFor(zone).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetMs(instant: number, zone: string): number {
  const l = localTime(new Date(instant), zone);
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, 0, l.minute);
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}

const DAY_MS = 86_400_000;

/**
 * The instant a local date and minute happen in a zone. A time repeated by an autumn change is
 * its first occurrence. A time skipped by a spring-forward change happens when the clock jumps
 * past it, at the change itself (02:30 on that night in Berlin is the 03:00 that follows 01:59):
 * so a window wholly inside the gap opens and closes at the same instant, that is, not at all.
 */
export function instantOf(zone: string, year: number, month: number, day: number, minute: number): Date {
  const wall = Date.UTC(year, month - 1, day, 0, minute);
  // The offsets in force a day either side of the wall time cover any change near it (no zone
  // changes twice in two days); taken at the wall time alone, east of UTC, the offset is the one
  // after an autumn change, which picked the repeated hour's second occurrence.
  const offsets = [...new Set([offsetMs(wall - DAY_MS, zone), offsetMs(wall, zone), offsetMs(wall + DAY_MS, zone)])];
  const matches = offsets.map((o) => wall - o).filter((t) => localMinuteKey(t, zone) === wall);
  if (matches.length > 0) return new Date(Math.min(...matches));
  // In the gap: the first minute whose wall clock reads `wall` or later. Before the change the
  // clock reads less (the larger offset's instant), after it more.
  let before = wall - Math.max(...offsets);
  let after = wall - Math.min(...offsets);
  while (after - before > 60_000) {
    const mid = Math.floor((before + after) / 120_000) * 60_000;
    if (localMinuteKey(mid, zone) >= wall) after = mid;
    else before = mid;
  }
  return new Date(after);
}

function localMinuteKey(instant: number, zone: string): number {
  const l = localTime(new Date(instant), zone);
  return Date.UTC(l.year, l.month - 1, l.day, 0, l.minute);
}

/** Local calendar arithmetic (days), independent of any zone. */
export function addDays(year: number, month: number, day: number, days: number): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export const hhmm = (minute: number): string => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
