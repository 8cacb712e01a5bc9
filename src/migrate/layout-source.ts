import path from 'node:path';
import type { PhaseConfig } from '../config/load.js';
import { configError } from '../errors/promote-error.js';
import { LAYOUT_READERS, type LayoutFile } from './layouts/index.js';
import { sqlFileFromText, type FileProblem } from './sql-file.js';
import type { MigrationFile } from './source.js';
import { compareVersions, type Version } from './versions.js';

/**
 * A phase written in another tool's layout, read by that layout's reader into the one
 * MigrationFile model: the checksum over the SQL that runs forward, its down where the tool
 * keeps one, transactional as the tool decides. The first problem the reader found (a file
 * that fits no pattern, a version written twice) is a config error naming it: nothing runs.
 * With `problems` (review's reporting mode), each is added there and the rest read on.
 */
export function readLayoutPhase(root: string, phase: PhaseConfig, problems?: FileProblem[]): { migrations: MigrationFile[]; downs: Map<string, MigrationFile> } {
  if (phase.down) {
    throw configError(`phase '${phase.name}' has layout ${phase.layout}, which keeps its downs itself; remove phases.${phase.name}.down`, { key: `phases.${phase.name}.down` });
  }
  const read = LAYOUT_READERS[phase.layout](root, phase.migrations.rel);
  const problem = read.problems[0];
  if (problem && !problems) throw problem;
  for (const p of read.problems) {
    problems?.push({ file: p.context.file ?? phase.migrations.rel, rule: 'invalid-file', message: p.message, line: p.context.line ?? 1, column: p.context.column ?? 1 });
  }
  const versions = versionsOf(read.files);
  const migrations: MigrationFile[] = [];
  const downs = new Map<string, MigrationFile>();
  read.files.forEach((file, i) => {
    const version = versions[i]!;
    const up = sqlFileFromText(repoPath(root, file.path), file.upSql, { allowEmpty: true, transactional: file.transactional, firstLine: file.upLine, layout: phase.layout, problems });
    migrations.push({ ...up, version, description: file.description, historyKey: file.historyKey, notes: file.notes });
    if (file.downSql !== undefined) {
      const down = sqlFileFromText(repoPath(root, file.downPath ?? file.path), file.downSql, {
        allowEmpty: true,
        transactional: file.downTransactional ?? file.transactional,
        firstLine: file.downLine ?? 1,
        layout: phase.layout,
        problems,
      });
      downs.set(version.text, { ...down, version, description: file.description });
    }
  });
  return { migrations, downs };
}

const repoPath = (root: string, rel: string) => ({ rel, abs: path.join(root, rel) });

const NUMERIC = /^\d+(?:[._-]\d+)*/;

/**
 * Versions as the history records them: the tool's version text (leading zeros dropped from a
 * plain number). Numbers separated by dots, underscores or dashes (Flyway's 1_1, diesel's
 * 2019-02-26-002946, node-pg-migrate's 1672912860000_name) are read whole and compared part by
 * part; when that does not give the tool's own order (Sqitch's change names), a version's place
 * in the tool's order is what compares.
 */
export function versionsOf(files: readonly LayoutFile[]): Version[] {
  const numeric = files.map((f) => {
    const digits = NUMERIC.exec(f.version)?.[0];
    if (digits === undefined) return undefined;
    const parts = digits.split(/[._-]/).map((p) => BigInt(p));
    const plain = digits === f.version && !digits.includes('-');
    return { text: plain ? parts.map(String).join('.') : f.version, parts, description: f.description };
  });
  const ordered = numeric.every((v, i) => v !== undefined && (i === 0 || compareVersions(numeric[i - 1]!.parts, v.parts) < 0));
  if (ordered) return numeric as Version[];
  return files.map((f, i) => ({ text: f.version, parts: [BigInt(i + 1)], description: f.description, byPlace: true }));
}
