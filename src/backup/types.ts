/** What the backup and restore stages report (part of AnyResult), and the manifest they share. */
export interface PitrStatus {
  walLevel?: string;
  archiveMode?: string;
  /** archive_command or archive_library is set. */
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

/** A PostgreSQL client program pg-promote chose to run, and the version it reported. */
export interface ToolInfo {
  path: string;
  /** As printed by `--version`, e.g. "15.18". */
  version: string;
}

export interface TocCounts {
  tables: number;
  views: number;
  policies: number;
  /** Every entry of the archive's table of contents. */
  entries: number;
}

export interface TableRows {
  schema: string;
  name: string;
  /** pg_class.reltuples when the backup started; null when the table was never analysed. */
  rowEstimate: number | null;
  /** Exact count in the dump's own snapshot; present when the backup was verified by restoring it. */
  rows?: number;
}

export interface DeepVerification {
  /** Where the scratch copy was restored: user@host:port/database (dropped afterwards). */
  scratch: string;
  tables: number;
  rows: number;
  views: number;
  policies: number;
  durationMs: number;
}

export interface EncryptionInfo {
  algorithm: 'AES-256-GCM';
  /** Plaintext bytes per authenticated chunk. */
  chunkBytes: number;
  /** The environment variable the key came from (its name only). */
  keyEnv: string;
  /** A fingerprint of the key (HMAC, not the key): tells a wrong key from a damaged file. */
  keyId: string;
}

export interface BackupFileEntry {
  name: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * The JSON written beside every backup, only after the backup was verified. Nothing secret is
 * in it: no password, no key; the target is user@host:port/database.
 */
export interface BackupManifest {
  manifestVersion: 1;
  createdBy: string;
  database: string;
  target: string;
  /** pg_control_system().system_identifier: tells two servers with the same database name apart. */
  systemIdentifier?: string;
  serverVersion: string;
  pgDump: ToolInfo;
  pgRestore: ToolInfo;
  /** When the dump's snapshot was taken (the database's clock, UTC). */
  takenAt: string;
  walLsn?: string;
  inRecovery: boolean;
  /** The catalog figures below were read in the very snapshot pg_dump dumped. */
  sameSnapshot: boolean;
  format: 'custom' | 'directory';
  jobs: number;
  encrypted: boolean;
  encryption?: EncryptionInfo;
  /** The dump's name, beside this manifest. */
  file: string;
  sizeBytes: number;
  /** SHA-256 of the file as stored (of the ciphertext when encrypted); for a folder, of its file list. */
  sha256: string;
  /** Directory format: every file of the folder. */
  files?: BackupFileEntry[];
  toc: TocCounts;
  tables: TableRows[];
  views: string[];
  /** "schema.table policy". */
  policies: string[];
  verification: { method: 'list' | 'restore'; verifiedAt: string; deep?: DeepVerification };
  pitr: PitrStatus;
  durationMs: number;
}

export interface BackupSummary {
  /** The dump (file, or folder for directory format). */
  path: string;
  manifestPath: string;
  database: string;
  format: 'custom' | 'directory';
  encrypted: boolean;
  sizeBytes: number;
  sha256: string;
  walLsn?: string;
  takenAt: string;
  pgDump: ToolInfo;
  verification: 'list' | 'restore';
  toc: TocCounts;
  deep?: DeepVerification;
  pitr: PitrStatus;
  /** Time spent in pg_dump, in checking the archive (checksum and table of contents), and in deep verification. */
  timings: { dumpMs: number; verifyMs: number; deepMs?: number };
  durationMs: number;
}

export interface RestoreSummary {
  backupPath: string;
  manifestPath: string;
  database: string;
  /** When the restored backup was taken. */
  takenAt: string;
  walLsn?: string;
  sha256: string;
  encrypted: boolean;
  pgRestore: ToolInfo;
  /** Latest applied version per phase, from the history table after the restore. */
  latestVersions: Record<string, string | null>;
  /** The runbook's rollback notice, filled in (also written to noticePath). */
  notice: string;
  noticePath?: string;
  durationMs: number;
}
