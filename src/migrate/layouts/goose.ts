import { Collector, compareIntegerVersions } from './collect.js';
import type { Entry } from './folder.js';
import { splitSections, type Section } from './sections.js';
import { EMPTY_NOTE, isEmptySql } from './sql-body.js';
import type { LayoutRead } from './types.js';

/**
 * goose: `<version>_<name>.sql`, the version an integer (sequential or a timestamp) compared as a
 * number. Annotations are comment lines with no leading space, `-- +goose <word>`, any case:
 * `Up` (exactly one) and `Down` start the two sections; `StatementBegin` / `StatementEnd`
 * bracket a statement holding semicolons (pg-promote's splitter reads dollar quotes itself, so
 * they stay as comments); `NO TRANSACTION` runs both sections outside a transaction. `ENVSUB ON`
 * asks goose to substitute environment variables, which pg-promote does not do: refused.
 */
const NAME = /^(\d+)_(.*)\.sql$/;
const ANNOTATION = /^--\s\+goose\s+(.*?)\s*$/i;
const KNOWN = new Set(['up', 'down', 'statementbegin', 'statementend', 'no transaction', 'envsub on', 'envsub off']);

/** The file-wide annotations: NO TRANSACTION, and what pg-promote must refuse (unknown words, ENVSUB ON). */
function scanAnnotations(text: string): { noTransaction: boolean; problem?: string } {
  let noTransaction = false;
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const word = ANNOTATION.exec(raw.replace(/\r$/, ''))?.[1];
    if (word === undefined) continue;
    const lower = word.toLowerCase().replace(/\s+/g, ' ');
    if (!KNOWN.has(lower)) return { noTransaction, problem: `line ${index + 1}: unknown goose annotation '-- +goose ${word}'` };
    if (lower === 'envsub on') return { noTransaction, problem: `line ${index + 1}: -- +goose ENVSUB ON: goose substitutes environment variables here and pg-promote does not` };
    if (lower === 'no transaction') noTransaction = true;
  }
  return { noTransaction };
}

function checkStatementBlocks(c: Collector, rel: string, version: string, section: Section): boolean {
  let open = 0;
  let line = section.line;
  for (const raw of section.text.split('\n')) {
    const word = ANNOTATION.exec(raw)?.[1]?.toLowerCase();
    if (word === 'statementbegin') {
      if (open++) return fail(c, rel, version, `line ${line}: StatementBegin inside another StatementBegin`);
    } else if (word === 'statementend') {
      if (!open--) return fail(c, rel, version, `line ${line}: StatementEnd without StatementBegin`);
    }
    line++;
  }
  return open === 0 || fail(c, rel, version, `a StatementBegin after line ${section.markerLine} has no StatementEnd`);
}

function fail(c: Collector, rel: string, version: string, message: string): false {
  c.problem(message, rel, version);
  return false;
}

export function readGoose(root: string, folder: string): LayoutRead {
  const c = new Collector('goose', root, folder);
  const goMigration = (entry: Entry) => (entry.name.endsWith('.go') && /^\d+_/.test(entry.name) ? 'a Go migration: pg-promote runs SQL migrations only' : undefined);
  for (const { entry, match, text } of c.namedSqlFiles(NAME, 'goose', 'name fits no goose pattern: <version>_<name>.sql', goMigration)) {
    const [, version, name] = match as unknown as [string, string, string];
    const identity = BigInt(version).toString();
    const annotations = scanAnnotations(text);
    if (annotations.problem) {
      c.problem(annotations.problem, entry.rel, version);
      continue;
    }
    const { noTransaction } = annotations;
    const sections = splitSections(text, (line) => {
      const word = ANNOTATION.exec(line)?.[1]?.toLowerCase();
      return word === 'up' || word === 'down' ? { direction: word, rest: '' } : undefined;
    });
    const [up] = sections.up;
    const [down] = sections.down;
    const notes: string[] = [];
    if (noTransaction) notes.push('-- +goose NO TRANSACTION: runs without a transaction');
    if (!up) {
      if (!isEmptySql(text)) {
        c.problem('no -- +goose Up annotation: goose needs exactly one', entry.rel, version);
      } else if (c.claim(identity, version, entry.rel)) {
        c.files.push({ version, historyKey: identity, description: name.replace(/_/g, ' '), path: entry.rel, upSql: text, upLine: 1, transactional: !noTransaction, notes: [EMPTY_NOTE, ...notes] });
      }
      continue;
    }
    if (sections.up.length > 1 || sections.down.length > 1) {
      c.problem(`-- +goose ${sections.up.length > 1 ? 'Up' : 'Down'} is written twice`, entry.rel, version);
      continue;
    }
    if (sections.order[0] !== 'up') {
      c.problem('-- +goose Down comes before -- +goose Up', entry.rel, version);
      continue;
    }
    if (!isEmptySql(sections.head.text)) {
      c.problem('SQL before -- +goose Up: goose would not run it', entry.rel, version);
      continue;
    }
    if (!checkStatementBlocks(c, entry.rel, version, up) || (down && !checkStatementBlocks(c, entry.rel, version, down))) continue;
    if (!c.claim(identity, version, entry.rel)) continue;
    if (isEmptySql(up.text)) notes.unshift(EMPTY_NOTE);
    const file = { version, historyKey: identity, description: name.replace(/_/g, ' '), path: entry.rel, upSql: up.text, upLine: up.line, transactional: !noTransaction, notes };
    c.files.push(down ? { ...file, downSql: down.text, downPath: entry.rel, downLine: down.line, downTransactional: !noTransaction } : file);
  }
  return c.finish(compareIntegerVersions);
}
