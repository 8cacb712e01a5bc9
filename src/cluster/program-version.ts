/**
 * PostgreSQL programs say their version as `pg_dump (PostgreSQL) 15.18 (Debian ...)`: the tools
 * pg-promote runs (pg_dump, pg_restore, initdb, postgres) are all read the same way.
 */
export function programVersion(output: string): string {
  return /\(PostgreSQL\)\s+(\S+)/.exec(output)?.[1] ?? output.trim().split(/\s+/).pop() ?? '';
}

/** "15.18 (Debian ...)" -> 150018; "17beta1" -> 170000; "9.6.24" -> 90624: comparable with server_version_num. */
export function versionNumber(text: string): number | undefined {
  const match = /(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text);
  if (!match) return undefined;
  const [a, b, c] = [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
  return a >= 10 ? a * 10000 + b : a * 10000 + b * 100 + c;
}

/** The major version people install by: "15", or "9.6" before PostgreSQL 10. */
export function majorOf(versionNum: number): string {
  return versionNum >= 100000 ? String(Math.floor(versionNum / 10000)) : `${Math.floor(versionNum / 10000)}.${Math.floor(versionNum / 100) % 100}`;
}
