import { existsSync } from 'node:fs';
import type { PhaseConfig } from '../config/load.js';
import { readPhaseDowns, readPhaseMigrations, type MigrationFile } from '../migrate/source.js';
import type { FileProblem } from '../migrate/sql-file.js';
import { compareVersions } from '../migrate/versions.js';
import type { ReviewTree } from './trees.js';
import type { ReviewFinding, ReviewReport } from './types.js';

export interface HistoryCheck {
  findings: ReviewFinding[];
  newMigrations: ReviewReport['newMigrations'];
}

/**
 * What the base branch has applied is history: a pull request may add migrations, not edit or
 * delete them. New versions must sort after the base's newest in their phase, or a database
 * already at the base would be asked to apply something "in the past".
 */
export function checkHistory(base: ReviewTree, head: ReviewTree): HistoryCheck {
  const findings: ReviewFinding[] = [];
  const newMigrations: ReviewReport['newMigrations'] = [];
  const configFile = head.config.source;
  for (const phase of head.config.phases) {
    const basePhase = base.config.phases.find((p) => p.name === phase.name);
    const before = basePhase ? versioned(base.root, basePhase) : [];
    // The pull request's files: every one migrate would refuse is a finding, not the first an error.
    const problems: FileProblem[] = [];
    const after = versioned(head.root, phase, problems);
    const afterByVersion = new Map(after.map((f) => [f.version.text, f]));
    const beforeVersions = new Set(before.map((f) => f.version.text));
    for (const old of before) {
      const now = afterByVersion.get(old.version.text);
      if (!now) {
        findings.push({
          rule: 'applied-migration-deleted',
          severity: 'error',
          phase: phase.name,
          file: old.path.rel,
          message: `${old.path.rel} (version ${old.version.text}) is on the base branch and the pull request deletes it: databases that applied it keep its changes`,
          fix: 'restore the file; undo its changes with a new migration instead',
        });
      } else if (now.checksum !== old.checksum || now.path.rel !== old.path.rel) {
        const renamed = now.path.rel !== old.path.rel ? ` (renamed to ${now.path.rel})` : '';
        findings.push({
          rule: 'applied-migration-edited',
          severity: 'error',
          phase: phase.name,
          file: old.path.rel,
          message: `${old.path.rel} (version ${old.version.text}) is on the base branch and the pull request edits it${renamed}: databases that applied it will never run the change`,
          fix: 'restore the base version of the file and put the change in a new migration',
        });
      }
    }
    const newest = before.at(-1);
    // Another tool's layout reads ups and downs together: their problems were reported with the migrations.
    const downs = phase.layout !== 'pg-promote' ? readPhaseDowns(head.root, phase, [], []) : phase.down && existsSync(phase.down.abs) ? readPhaseDowns(head.root, phase, [], problems) : undefined;
    for (const p of problems) {
      findings.push({ rule: 'invalid-file', severity: 'error', phase: phase.name, file: p.file, line: p.line, message: `${p.file}:${p.line}: ${p.message}`, fix: 'migrate refuses the phase until the file is fixed' });
    }
    for (const file of after) {
      if (beforeVersions.has(file.version.text)) continue;
      const down = downs?.get(file.version.text);
      newMigrations.push({ phase: phase.name, version: file.version.text, file: file.path.rel, down: down?.path.rel });
      if (newest && compareVersions(file.version.parts, newest.version.parts) < 0) {
        findings.push({
          rule: 'out-of-order',
          severity: head.config.outOfOrder ? 'info' : 'error',
          phase: phase.name,
          file: file.path.rel,
          message: `${file.path.rel}: version ${file.version.text} sorts before the base branch's newest in phase ${phase.name} (${newest.path.rel}, version ${newest.version.text})${head.config.outOfOrder ? '; allowed by out_of_order: true' : ''}`,
          fix: head.config.outOfOrder
            ? undefined
            : `renumber it above ${newest.version.text}, or allow out-of-order versions with \`out_of_order: true\` in ${configFile}`,
        });
      }
      if (!down) {
        findings.push({
          rule: 'missing-down-file',
          severity: 'error',
          phase: phase.name,
          file: file.path.rel,
          message: `${file.path.rel}: no DOWN file for version ${file.version.text}${phase.down ? ` in ${phase.down.rel}` : ` (phase ${phase.name} has no down folder)`}: the rollback cannot be proved`,
          fix: phase.down ? `add ${phase.down.rel}/${file.path.rel.split('/').pop()}` : `configure phases.${phase.name}.down and add the file`,
        });
      }
    }
  }
  return { findings, newMigrations };
}

function versioned(root: string, phase: PhaseConfig, problems?: FileProblem[]): MigrationFile[] {
  // A phase the base does not have yet has no folder there: nothing applied.
  if (!existsSync(phase.migrations.abs)) return [];
  return readPhaseMigrations(root, phase, problems);
}
