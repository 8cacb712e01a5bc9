import { isName, readQualifiedName, splitName, tokenizeSql, type QualifiedName } from './sql-tokens.js';
import { shifted, type WriteTarget } from './types.js';

/**
 * Write statements in SQL the parser cannot take: fragments ("INSERT INTO eng.t (" + cols),
 * psql variables, PL/pgSQL bodies, placeholders. English is not SQL: a verb counts only where a
 * statement can start (not in "only admins can create project"), a DDL verb only before an
 * object kind (TABLE, INDEX, ...), GRANT only before privileges, and each pattern also checks
 * what follows the name, so "update eng.settings first" is not a statement either.
 */

// The object kinds of DDL: unless the object is a schema or schema-scoped, one of them must stand between the verb and the name.
const KINDS = new Set(['table', 'view', 'sequence', 'index', 'function', 'procedure', 'routine', 'aggregate', 'type', 'domain',
  'statistics', 'collation', 'conversion', 'configuration', 'dictionary', 'class', 'family', 'operator', 'column', 'constraint']);
// Words that may stand between ALTER/DROP/CREATE/COMMENT ON and the name: the kinds and their modifiers.
const OBJECT_WORDS = new Set([...KINDS, 'materialized', 'foreign', 'text', 'search', 'or', 'replace', 'temp', 'temporary', 'unlogged',
  'global', 'local', 'recursive', 'unique', 'concurrently', 'if', 'not', 'exists', 'only']);
const SCHEMA_SCOPED = new Set(['trigger', 'policy', 'rule']);
const PRIVILEGES = new Set(['select', 'insert', 'update', 'delete', 'truncate', 'references', 'trigger', 'usage', 'create', 'connect', 'temporary', 'temp', 'execute', 'maintain', 'all', 'privileges', 'set', 'alter', 'system']);
// Where a statement starts: after these words (PL/pgSQL blocks and branches, a rule's action, an
// interpolation), after these characters (a list, a parenthesis, a psql backslash, a YAML value).
const OPENERS = new Set(['begin', 'then', 'else', 'loop', 'instead', 'also', '__']);
const OPENING_OPS = new Set([';', '(', ')', '\\', ':', '|', '>', '-']);
const INSERT_NEXT = new Set(['values', 'select', 'with', 'default', 'overriding', 'as', 'table', 'on']);
const DELETE_NEXT = new Set(['where', 'using', 'returning', 'as']);
const TRUNCATE_NEXT = new Set(['restart', 'continue', 'cascade', 'restrict', 'identity']);
const STATEMENT_WORDS = new Set(['where', 'using', 'returning', 'set', 'values', 'select', 'on', 'from', 'to', 'as', 'with']);
const UPDATE_NOT_AFTER = new Set(['for', 'key', 'on', 'do', 'or', 'of', 'before', 'after', 'instead', 'grant', 'revoke', 'select', 'insert', 'delete', 'references', 'truncate', 'trigger', 'all']);

export function fallbackTargets(text: string, open: boolean, searchPath?: string[]): WriteTarget[] {
  const tokens = tokenizeSql(text);
  const out: WriteTarget[] = [];
  let path = searchPath;
  const word = (i: number) => (tokens[i]?.kind === 'word' ? tokens[i]!.value : undefined);
  const wordIn = (i: number, words: ReadonlySet<string>) => words.has(word(i)!);
  const isOp = (i: number, v: string) => tokens[i]?.kind === 'op' && tokens[i]!.value === v;
  const ended = (i: number) => i >= tokens.length || isOp(i, ';') || isOp(i, ')');
  const isPlaceholder = (i: number) => tokens[i]?.kind === 'param' || tokens[i]?.value === '__';

  const add = (kind: string, name: QualifiedName | undefined, schemaObject = false) => {
    if (!name) return;
    const { schema, name: object } = splitName(name.parts);
    const where = { written: name.written, start: name.start, end: name.end, via: 'fallback' as const };
    out.push(schemaObject ? { kind, schema: object, schemaObject: true, ...where } : { kind, schema: schema ?? path?.[0], name: object, ...where });
  };
  /** Past a parenthesised column list, if one is at j. */
  const skipParens = (j: number) => {
    if (isOp(j, '(')) while (j < tokens.length && !isOp(j, ')')) j++;
    return isOp(j, ')') ? j + 1 : j;
  };
  /** The table after the first ON (or TO, for a rule) from k: CREATE TRIGGER t ... ON eng.x changes eng.x. */
  const addTableAfterOn = (k: number, kind: string, to = false) => {
    while (!ended(k) && word(k) !== 'on' && !(to && word(k) === 'to')) k++;
    if (ended(k)) return false;
    add(kind, readQualifiedName(tokens, skipWords(k + 1, new Set(['only'])), text));
    return true;
  };
  /** Whether the text stops at i: a fragment may go on in code, a `;` or `)` ends a statement. */
  const stopsAt = (i: number, complete: boolean) => (i >= tokens.length ? open || complete : complete);
  /** After `UPDATE t` or `DELETE FROM t`: an optional alias, then one of `next` (or the end, for a complete statement). */
  const followedBy = (i: number, next: ReadonlySet<string>, complete: boolean): boolean => {
    if (ended(i)) return stopsAt(i, complete);
    if (isPlaceholder(i)) return true;
    if (isOp(i, '*')) i++;
    if (wordIn(i, next)) return true;
    const alias = (word(i) !== undefined && !wordIn(i, STATEMENT_WORDS)) || tokens[i]?.kind === 'qident';
    return alias && (wordIn(i + 1, next) || (ended(i + 1) && stopsAt(i + 1, complete)));
  };
  const skipWords = (i: number, words: ReadonlySet<string>) => {
    while (wordIn(i, words)) i++;
    return i;
  };

  const atStart = (i: number) => i === 0 || (tokens[i - 1]!.kind === 'op' && OPENING_OPS.has(tokens[i - 1]!.value)) || wordIn(i - 1, OPENERS);

  for (let i = 0; i < tokens.length; i++) {
    const w = word(i);
    if (w === undefined || !atStart(i)) continue;
    const setAt = w === 'set' && (word(i + 1) === 'local' || word(i + 1) === 'session') ? i + 2 : i + 1;
    if (w === 'set' && word(setAt) === 'search_path') {
      let j = word(setAt + 1) === 'to' || isOp(setAt + 1, '=') ? setAt + 2 : setAt + 1;
      for (path = []; !ended(j); j++) if (isName(tokens[j]) || tokens[j]!.kind === 'str') path.push(tokens[j]!.value.toLowerCase());
      continue;
    }
    if (w === 'insert' && word(i + 1) === 'into') {
      const name = readQualifiedName(tokens, i + 2, text);
      const j = name?.next ?? -1;
      // At the text's end only a fragment (open) may go on: INSERT INTO eng.t" + cols.
      if (name && (isOp(j, '(') || isPlaceholder(j) || wordIn(j, INSERT_NEXT) || (j >= tokens.length && open))) add('INSERT', name);
    } else if (w === 'update' && !wordIn(i - 1, UPDATE_NOT_AFTER) && !isOp(i - 1, ',')) {
      const name = readQualifiedName(tokens, word(i + 1) === 'only' ? i + 2 : i + 1, text);
      if (name && followedBy(name.next, new Set(['set']), false)) add('UPDATE', name);
    } else if (w === 'delete' && word(i + 1) === 'from') {
      const name = readQualifiedName(tokens, word(i + 2) === 'only' ? i + 3 : i + 2, text);
      if (name && followedBy(name.next, DELETE_NEXT, true)) add('DELETE', name);
    } else if (w === 'merge' && word(i + 1) === 'into') {
      const name = readQualifiedName(tokens, i + 2, text);
      if (name && followedBy(name.next, new Set(['using']), false)) add('MERGE', name);
    } else if (w === 'truncate') {
      for (let j = skipWords(i + 1, new Set(['table', 'only'])); ; j = skipWords(j + 1, new Set(['only']))) {
        const name = readQualifiedName(tokens, j, text);
        if (!name || (word(name.next) !== undefined && !wordIn(name.next, TRUNCATE_NEXT))) break;
        add('TRUNCATE', name);
        j = isOp(name.next, '*') ? name.next + 1 : name.next;
        if (!isOp(j, ',')) break;
      }
    } else if (w === 'copy' && !isOp(i + 1, '(')) {
      const name = readQualifiedName(tokens, i + 1, text);
      if (name && word(skipParens(name.next)) === 'from') add('COPY', name);
    } else if (w === 'alter' || w === 'drop' || w === 'create' || w === 'refresh') {
      ddl(i, w.toUpperCase());
    } else if (w === 'comment' && word(i + 1) === 'on') {
      ddl(i + 1, 'COMMENT');
    } else if (w === 'grant' || w === 'revoke') {
      grant(i, w.toUpperCase());
    } else if (w === 'execute' && tokens[i + 1]?.kind === 'str') {
      const str = tokens[i + 1]!;
      const inner = text.slice(str.start, str.end).replace(/^E?'|'$/g, '');
      const offset = str.start + text.slice(str.start, str.end).indexOf(inner);
      out.push(...shifted(fallbackTargets(inner, true, path), offset));
    }
  }
  return out;

  function ddl(i: number, kind: string): void {
    let j = i + 1;
    if (kind === 'ALTER' && word(j) === 'default' && word(j + 1) === 'privileges') {
      while (!ended(j) && word(j) !== 'schema') j++;
      if (word(j) === 'schema') addList(j + 1, 'GRANT', true);
      return;
    }
    j = skipWords(j, OBJECT_WORDS);
    const objectType = word(j);
    if (objectType === 'schema') return add(kind, readQualifiedName(tokens, skipWords(j + 1, OBJECT_WORDS), text), true);
    if (objectType && SCHEMA_SCOPED.has(objectType)) return void addTableAfterOn(j + 1, kind, objectType === 'rule');
    const words = tokens.slice(i + 1, j).map((t) => t.value);
    if (!words.some((w) => KINDS.has(w))) return;
    if (kind === 'CREATE' && words.includes('index') && addTableAfterOn(j, kind)) return;
    const name = readQualifiedName(tokens, j, text);
    if (!name || name.parts[0] === 'as') return;
    add(kind, name);
    // ALTER TABLE vh.t SET SCHEMA eng moves the object into eng.
    for (let k = name.next; kind === 'ALTER' && !ended(k); k++) {
      if (word(k) === 'set' && word(k + 1) === 'schema') add('ALTER', readQualifiedName(tokens, k + 2, text), true);
    }
  }

  function grant(i: number, kind: string): void {
    for (let k = i + 1; !ended(k); k++) {
      if (isOp(k, '(')) k = skipParens(k) - 1;
      const w = word(k);
      if (w !== 'on' && w !== undefined && !PRIVILEGES.has(w)) return;
      if (w !== 'on') continue;
      let j = k + 1;
      // ON ALL TABLES IN SCHEMA s, ON SCHEMA s: the schema is what changes.
      if (word(j) === 'all') while (word(j) !== 'schema' && !ended(j)) j++;
      if (word(k + 1) === 'all' || word(j) === 'schema') return addList(j + 1, kind, true);
      j = skipWords(j, new Set(['table', 'sequence', 'function', 'procedure', 'routine', 'type', 'domain', 'foreign', 'large', 'object']));
      // A function's signature may follow its name.
      return addList(j, kind, false, skipParens);
    }
  }

  /** The names of a comma-separated list from j; `past` steps over what may follow each. */
  function addList(j: number, kind: string, schemaObject: boolean, past = (k: number) => k): void {
    for (let name = readQualifiedName(tokens, j, text); name; name = readQualifiedName(tokens, j + 1, text)) {
      add(kind, name, schemaObject);
      j = past(name.next);
      if (!isOp(j, ',')) return;
    }
  }
}
