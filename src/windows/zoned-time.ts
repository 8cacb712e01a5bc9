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

/**
 * The instant a local date and minute happen in a zone. A local time skipped by a
 * spring-forward change moves forward by the gap (02:30 on that night is 03:30, as Temporal's
 * "compatible" rule has it); a repeated autumn time is its first occurrence.
 */
export function instantOf(zone: string, year: number, month: number, day: number, minute: number): Date {
  const wall = Date.UTC(year, month - 1, day, 0, minute);
  const first = wall - offsetMs(wall, zone);
  const second = wall - offsetMs(first, zone);
  if (second === first) return new Date(first);
  // Two offsets disagree: either a gap (neither maps back to `wall`) or an overlap.
  const candidates = [first, second].filter((t) => localMinuteKey(t, zone) === wall).sort((a, b) => a - b);
  if (candidates.length > 0) return new Date(candidates[0]!);
  return new Date(Math.max(first, second));
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
