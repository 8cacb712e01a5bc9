import type { BackupSettings } from '../commands/backup-settings.js';
import type { Command } from '../result.js';

/**
 * What a command's body receives instead of its raw options: the command line's (or the
 * action's) values merged over the config, once, in the command's `resolve` (src/commands/),
 * before anything connects. A command with nothing to merge has no settings.
 */
export interface Settings {
  backup: BackupSettings;
  /**
   * The step's watch: --window over the config's window for the step (undefined: that one);
   * --interval over ramp.interval, `from` saying which (a resumed step keeps its own unless given).
   */
  ramp: { windowMs?: number; interval: { ms: number; from: '--interval' | 'ramp.interval' } };
  /** pg_restore's jobs by the backup's format: --jobs, else backup.jobs for a directory and one for a custom archive. */
  restore: { jobs: Record<'custom' | 'directory', number> };
  /** Timed executions per probe per run: --samples over latency.samples. */
  latency: { samples: number };
  /** flags off: the flags named, else the config's flags.rollback_off; `from` says which (for its errors). */
  flags: { names: string[]; from: 'flags off' | 'flags.rollback_off' };
  /** Where the dated audit file goes: --audit-dir over report.dir. */
  report: { auditDir: string };
}

export type SettingsOf<C extends Command> = C extends keyof Settings ? Settings[C] : undefined;
