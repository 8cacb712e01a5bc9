import type pg from 'pg';
import { firstLine } from '../errors/format.js';
import type { PitrStatus } from './types.js';

/**
 * The runbook's "confirm point-in-time recovery is configured", asked of the server: a logical
 * dump restores to one moment; only archived WAL can replay to any later one. Each query runs
 * on its own (no transaction), so a view a managed service hides fails alone.
 */
export const PITR_SETTINGS_SQL = `
SELECT name, setting FROM pg_catalog.pg_settings
WHERE name IN ('wal_level', 'archive_mode', 'archive_command', 'archive_library')`;

export const ARCHIVER_SQL = `
SELECT archived_count::int8::text AS archived, failed_count::int8::text AS failed,
       last_archived_wal, last_archived_time, last_failed_wal, last_failed_time,
       extract(epoch FROM pg_catalog.now() - last_archived_time)::float8 AS age_seconds
FROM pg_catalog.pg_stat_archiver`;

interface ArchiverRow {
  archived: string;
  failed: string;
  last_archived_wal: string | null;
  last_archived_time: Date | null;
  last_failed_wal: string | null;
  last_failed_time: Date | null;
  age_seconds: number | null;
}

export async function pitrReadiness(client: pg.ClientBase, required: boolean): Promise<PitrStatus> {
  let settings: Map<string, string>;
  let archiver: ArchiverRow | undefined;
  try {
    settings = new Map((await client.query<{ name: string; setting: string }>(PITR_SETTINGS_SQL)).rows.map((r) => [r.name, r.setting]));
    archiver = (await client.query<ArchiverRow>(ARCHIVER_SQL)).rows[0];
  } catch (err) {
    return hidden(`reading them failed: ${firstLine((err as Error).message)}`, required);
  }
  const walLevel = settings.get('wal_level');
  const archiveMode = settings.get('archive_mode');
  if (walLevel === undefined || archiveMode === undefined || !archiver) {
    return hidden('the WAL settings are not visible to this role', required);
  }
  const command = settings.get('archive_command') ?? '';
  const library = settings.get('archive_library') ?? '';
  const archiveCommandSet = (command !== '' && command !== '(disabled)') || library !== '';
  const status: PitrStatus = {
    status: 'ready',
    message: '',
    walLevel,
    archiveMode,
    archiveCommandSet,
    archived: Number(archiver.archived),
    failed: Number(archiver.failed),
    lastArchivedAt: archiver.last_archived_time?.toISOString(),
    lastFailedAt: archiver.last_failed_time?.toISOString(),
    lastArchiveAgeSeconds: archiver.age_seconds === null ? undefined : Math.max(0, Math.round(archiver.age_seconds)),
  };
  const problem = problemOf(status, archiver);
  const facts = describe(status, archiver);
  if (!problem) return { ...status, message: `WAL archiving works: ${facts}` };
  return {
    ...status,
    status: required ? 'error' : 'warning',
    message: `point-in-time recovery is not ready: ${problem} (${facts})`,
  };
}

function problemOf(s: PitrStatus, a: ArchiverRow): string | undefined {
  if (s.walLevel === 'minimal') return 'wal_level is minimal, so no WAL can be archived (set wal_level = replica and restart)';
  if (s.archiveMode === 'off') return 'WAL archiving is off (set archive_mode = on and an archive_command or archive_library, then restart)';
  if (!s.archiveCommandSet) return 'archive_mode is on but neither archive_command nor archive_library is set, so WAL piles up unarchived';
  const lastFailed = a.last_failed_time?.getTime() ?? 0;
  const lastArchived = a.last_archived_time?.getTime() ?? 0;
  if ((s.failed ?? 0) > 0 && lastFailed >= lastArchived) {
    return `the WAL archiver is failing (last failure ${a.last_failed_time?.toISOString()} on ${a.last_failed_wal ?? '?'}), so recovery cannot go past ${a.last_archived_time?.toISOString() ?? 'the last archived segment'}`;
  }
  if ((s.archived ?? 0) === 0) return 'nothing has been archived yet, so there is nothing to recover from';
  return undefined;
}

function describe(s: PitrStatus, a: ArchiverRow): string {
  const parts = [`wal_level=${s.walLevel}`, `archive_mode=${s.archiveMode}`, `archive command/library ${s.archiveCommandSet ? 'set' : 'not set'}`];
  parts.push(`${s.archived} archived, ${s.failed} failed`);
  if (a.last_archived_wal && s.lastArchiveAgeSeconds !== undefined) parts.push(`last ${a.last_archived_wal} ${age(s.lastArchiveAgeSeconds)} ago`);
  return parts.join(', ');
}

export function age(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172800) return `${(seconds / 3600).toFixed(1)} h`;
  return `${Math.round(seconds / 86400)} days`;
}

/** Managed services (RDS, Cloud SQL, ...) often hide these: say so, and say where to look instead. */
function hidden(why: string, required: boolean): PitrStatus {
  return {
    status: 'unknown',
    message:
      `cannot confirm point-in-time recovery: the server hides its WAL archiving settings or pg_stat_archiver (${why}); ` +
      `on a managed service, confirm PITR in the provider's console${required ? ' (backup.require_pitr cannot be checked here)' : ''}`,
  };
}
