import { Collector, compareIntegerVersions } from './collect.js';
import { splitSections, type Section } from './sections.js';
import { EMPTY_NOTE, isEmptySql } from './sql-body.js';
import type { LayoutRead } from './types.js';

/**
 * dbmate: `<version>_<description>.sql`, the version all leading digits, kept as written (its
 * history records that text) and applied in numerical order. One file holds both directions,
 * after `-- migrate:up` and `-- migrate:down`; `transaction:false` after a marker runs that
 * section outside a transaction (dbmate's migration options are `key:value` pairs).
 */
const NAME = /^(\d+)(.*)\.sql$/;
const MARKER = /^--\s*migrate:(up|down)(?=\s|$)(.*)$/;

function transactionOption(c: Collector, rel: string, section: Section): boolean | undefined {
  let transactional: boolean | undefined = true;
  for (const option of section.rest.trim().split(/\s+/).filter(Boolean)) {
    const match = /^transaction:(true|false)$/.exec(option);
    if (match) transactional = match[1] === 'true';
    else {
      c.problem(`line ${section.markerLine}: unknown dbmate migration option '${option}' (known: transaction:true|false)`, rel);
      transactional = undefined;
    }
  }
  return transactional;
}

export function readDbmate(root: string, folder: string): LayoutRead {
  const c = new Collector('dbmate', root, folder);
  const misnamed = "name does not start with a version: dbmate's files are <version>_<description>.sql";
  for (const { entry, match, text } of c.namedSqlFiles(NAME, 'dbmate', misnamed)) {
    const [, version, rest] = match as unknown as [string, string, string];
    const sections = splitSections(text, (line) => {
      const m = MARKER.exec(line);
      return m ? { direction: m[1] as 'up' | 'down', rest: m[2] as string } : undefined;
    });
    const up = sections.up[0];
    const down = sections.down[0];
    if (sections.up.length > 1 || sections.down.length > 1) {
      c.problem(`-- migrate:${sections.up.length > 1 ? 'up' : 'down'} is written twice`, entry.rel, version);
      continue;
    }
    if (!up) {
      if (!isEmptySql(text)) c.problem('no -- migrate:up line: dbmate runs only what follows it', entry.rel, version);
      else if (c.claim(version, version, entry.rel)) {
        c.files.push({ version, historyKey: version, description: describe(rest), path: entry.rel, upSql: text, upLine: 1, transactional: true, notes: [EMPTY_NOTE] });
      }
      continue;
    }
    if (!isEmptySql(sections.head.text)) {
      c.problem('SQL before -- migrate:up: dbmate would not run it', entry.rel, version);
      continue;
    }
    const transactional = transactionOption(c, entry.rel, up);
    const downTransactional = down ? transactionOption(c, entry.rel, down) : true;
    if (transactional === undefined || downTransactional === undefined) continue;
    if (!c.claim(version, version, entry.rel)) continue;
    const notes: string[] = [];
    if (isEmptySql(up.text)) notes.push(EMPTY_NOTE);
    if (!transactional) notes.push(`line ${up.markerLine}: transaction:false, runs without a transaction`);
    const file = { version, historyKey: version, description: describe(rest), path: entry.rel, upSql: up.text, upLine: up.line, transactional, notes };
    c.files.push(down ? { ...file, downSql: down.text, downPath: entry.rel, downLine: down.line, downTransactional } : file);
  }
  return c.finish(compareIntegerVersions);
}

const describe = (rest: string): string => rest.replace(/^[_-]+/, '').replace(/_/g, ' ');
