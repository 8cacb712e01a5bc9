import { byCodeUnits } from '../../code-unit-order.js';
import { compareVersions } from '../versions.js';
import { attachDown, Collector } from './collect.js';
import { exists } from './folder.js';
import { EMPTY_NOTE, isEmptySql, judgeByStatements } from './sql-body.js';
import type { LayoutRead } from './types.js';

/**
 * Flyway: `V<version>__<description>.sql` (versioned), `U<version>__...` (its undo) and
 * `R__<description>.sql` (repeatable), found in the folder and every folder below it, as Flyway
 * scans a location. A version's parts are separated by dots or underscores and compared as
 * numbers, trailing zeros dropped (1.0 is 1). A file runs outside a transaction when its script
 * configuration file (`V2__x.sql.conf`) says `executeInTransaction=false`, or when it holds a
 * statement PostgreSQL refuses in a transaction block, which Flyway's PostgreSQL parser detects.
 */
const VERSIONED = /^([VU])(\d+(?:[._]\d+)*)__(.*)\.sql$/;
const REPEATABLE = /^R__(.*)\.sql$/;
const CALLBACK = /^(before|after)(Each)?[A-Z][A-Za-z]*(__.*)?\.sql$/;
const PLACEHOLDER = /\$\{[^}\s]+\}/;

const partsOf = (version: string): bigint[] => {
  const parts = version.split(/[._]/).map((p) => BigInt(p));
  while (parts.length > 1 && parts[parts.length - 1] === 0n) parts.pop();
  return parts;
};

export function compareFlywayVersions(a: string, b: string): number {
  const valid = /^\d+(?:[._]\d+)*$/;
  if (valid.test(a) && valid.test(b)) return compareVersions(partsOf(a), partsOf(b));
  return byCodeUnits(a, b);
}

const describe = (raw: string): string => raw.replace(/_/g, ' ').trim();

interface ScriptConfig {
  transactional?: boolean;
  notes: string[];
}

function readScriptConfig(c: Collector, sqlRel: string): ScriptConfig {
  const rel = `${sqlRel}.conf`;
  if (!exists(c.root, rel)) return { notes: [] };
  const text = c.text(rel);
  const config: ScriptConfig = { notes: [] };
  if (text === undefined) return config;
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const match = /^([A-Za-z]+)\s*=\s*(.*)$/.exec(trimmed);
    if (!match) {
      c.problem(`line ${index + 1} is not key=value`, rel);
      return;
    }
    const [, key, value] = match as unknown as [string, string, string];
    if (key === 'executeInTransaction') {
      if (!/^(true|false)$/i.test(value)) c.problem(`executeInTransaction must be true or false, not '${value}'`, rel);
      else config.transactional = value.toLowerCase() === 'true';
    } else {
      config.notes.push(`script configuration ${key}=${value} (${rel}) is not honoured by pg-promote`);
    }
  });
  return config;
}

function judge(c: Collector, rel: string, sql: string): { transactional: boolean; notes: string[] } {
  const config = readScriptConfig(c, rel);
  const notes = [...config.notes];
  if (PLACEHOLDER.test(sql)) notes.push(`holds ${PLACEHOLDER.exec(sql)?.[0]}: Flyway replaces placeholders, pg-promote runs the text as written`);
  if (config.transactional === false) {
    if (isEmptySql(sql)) notes.push(EMPTY_NOTE);
    notes.push(`${rel}.conf says executeInTransaction=false: runs without a transaction`);
    return { transactional: false, notes };
  }
  const judged = judgeByStatements(sql, 'as Flyway runs it on PostgreSQL');
  return { transactional: judged.transactional, notes: [...notes, ...judged.notes] };
}

export function readFlyway(root: string, folder: string): LayoutRead {
  const c = new Collector('flyway', root, folder);
  const undos = new Map<string, { path: string; sql: string; version: string; transactional: boolean }>();
  const walk = (dir: string) => {
    for (const entry of c.entries(dir)) {
      if (c.skipHidden(entry)) continue;
      if (entry.kind === 'folder') {
        walk(entry.rel);
        continue;
      }
      if (entry.name.endsWith('.sql.conf')) {
        if (!exists(root, entry.rel.slice(0, -'.conf'.length))) c.problem('script configuration for a migration that does not exist', entry.rel);
        continue;
      }
      if (!entry.name.toLowerCase().endsWith('.sql')) {
        c.ignore(entry.rel, 'not a .sql file');
        continue;
      }
      if (entry.kind !== 'file') {
        c.problem('named like a migration but not a file', entry.rel);
        continue;
      }
      const versioned = VERSIONED.exec(entry.name);
      const repeatable = REPEATABLE.exec(entry.name);
      if (!versioned && !repeatable) {
        if (CALLBACK.test(entry.name)) c.ignore(entry.rel, 'a Flyway callback: pg-promote runs it only when configured as a phase callback');
        else c.problem("name fits none of Flyway's patterns: V<version>__<description>.sql, U<version>__<description>.sql, R__<description>.sql", entry.rel);
        continue;
      }
      const sql = c.text(entry.rel);
      if (sql === undefined) continue;
      if (repeatable) {
        c.repeatables.push({ description: describe(repeatable[1] as string), path: entry.rel, sql, ...judge(c, entry.rel, sql) });
        continue;
      }
      const [, prefix, version, description] = versioned as unknown as [string, string, string, string];
      const identity = partsOf(version).join('.');
      const judged = judge(c, entry.rel, sql);
      if (prefix === 'U') {
        const clash = undos.get(identity);
        if (clash) c.problem(`undo for version ${version} is written twice: ${clash.path} and ${entry.rel}`, entry.rel, version);
        else undos.set(identity, { path: entry.rel, sql, version, transactional: judged.transactional });
        continue;
      }
      if (!c.claim(identity, version, entry.rel)) continue;
      c.files.push({
        version,
        historyKey: version.replace(/_/g, '.'),
        description: describe(description),
        path: entry.rel,
        upSql: sql,
        upLine: 1,
        ...judged,
      });
    }
  };
  walk(folder);
  for (const file of c.files) {
    const identity = partsOf(file.version).join('.');
    const undo = undos.get(identity);
    if (!undo) continue;
    undos.delete(identity);
    attachDown(file, undo.path, undo.sql, undo.transactional);
  }
  for (const orphan of undos.values()) c.problem(`undo for version ${orphan.version}, which no V file has`, orphan.path, orphan.version);
  c.repeatables.sort((a, b) => byCodeUnits(a.description, b.description));
  return c.finish(compareFlywayVersions);
}
