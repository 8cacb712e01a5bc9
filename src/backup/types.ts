/** What the backup and restore stages report; part of PromoteResult. */
export interface PitrStatus {
  walLevel?: string;
  archiveMode?: string;
  archiveCommandSet?: boolean;
  archived?: number;
  failed?: number;
  lastArchivedAt?: string;
  lastFailedAt?: string;
  lastArchiveAgeSeconds?: number;
  /** ready: archiving works; warning/error: said in `message`; unknown: the server hides the views. */
  status: 'ready' | 'warning' | 'error' | 'unknown';
  message: string;
}

export interface BackupSummary {
  /** The dump (file, or folder for directory format). */
  path: string;
  manifestPath: string;
  format: 'custom' | 'directory';
  encrypted: boolean;
  sizeBytes: number;
  sha256: string;
  walLsn?: string;
  takenAt: string;
  verification: 'list' | 'restore';
  toc: { tables: number; views: number; policies: number; entries: number };
  pitr: PitrStatus;
  durationMs: number;
}

export interface RestoreSummary {
  backupPath: string;
  database: string;
  /** When the restored backup was taken. */
  takenAt: string;
  /** Latest applied version per phase, from the history table after the restore. */
  latestVersions: Record<string, string | null>;
  noticePath?: string;
  durationMs: number;
}
