/** Where a run stands against the config's maintenance windows (absent when none are configured). */
export interface WindowInfo {
  /** The instant checked (the clock, or PG_PROMOTE_NOW in tests). */
  checkedAt: string;
  inside: boolean;
  /** The window the run falls in. */
  name?: string;
  timeZone?: string;
  opensAt?: string;
  closesAt?: string;
  /** The window as configured, e.g. "mon,tue 22:00-02:00 Europe/Berlin". */
  definition?: string;
  /** Outside every window: the next one to open (within a week). */
  next?: { name: string; opensAt: string; local: string };
  /** The target is one of the config's production databases. */
  production: boolean;
  /** Run outside every window on purpose (--outside-window REASON); recorded as window.overridden. */
  overridden?: { reason: string };
}
