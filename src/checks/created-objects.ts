import type { SqlFile } from '../migrate/sql-file.js';

/**
 * What a phase's files leave behind: tables and views created with a schema-qualified name,
 * replayed in order so a later DROP or RENAME wins. Only the statement's head is read, the way
 * the server's grammar starts; DDL built dynamically (EXECUTE in a DO block) is invisible here,
 * which is why `expect_tables` / `expect_views` can override the result.
 */
export type CreatedKind = 'table' | 'view';

export interface CreatedObject {
  schema: string;
  name: string;
  kind: CreatedKind;
  /** The file that (last) created it. */
  file: string;
}

type Token = { word: string; quoted: boolean } | { punct: string };

const MAX_HEAD_TOKENS = 40;

/** Words, quoted identifiers and punctuation from the start of a statement, comments skipped. */
function headTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length && tokens.length < MAX_HEAD_TOKENS) {
    const c = text[i]!;
    if (/\s/.test(c)) i++;
    else if (text.startsWith('--', i)) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === '"') {
      let j = i + 1;
      let word = '';
      while (j < text.length) {
        if (text[j] === '"' && text[j + 1] === '"') {
          word += '"';
          j += 2;
        } else if (text[j] === '"') break;
        else word += text[j++];
      }
      tokens.push({ word, quoted: true });
      i = j + 1;
    } else if (/[A-Za-z_\u0080-\uffff]/.test(c)) {
      const match = /^[A-Za-z0-9_$\u0080-\uffff]+/.exec(text.slice(i, i + 128))!;
      // Unquoted identifiers fold to lower case, as the server folds them.
      tokens.push({ word: match[0].toLowerCase(), quoted: false });
      i += match[0].length;
    } else {
      tokens.push({ punct: c });
      i++;
    }
  }
  return tokens;
}

class Cursor {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  /** Consumes the keywords if they come next (unquoted), in order. */
  accept(...words: string[]): boolean {
    for (const [k, w] of words.entries()) {
      const t = this.tokens[this.i + k];
      if (!t || !('word' in t) || t.quoted || t.word !== w) return false;
    }
    this.i += words.length;
    return true;
  }

  acceptPunct(p: string): boolean {
    const t = this.tokens[this.i];
    if (t && 'punct' in t && t.punct === p) {
      this.i++;
      return true;
    }
    return false;
  }

  /** schema.name; undefined for an unqualified name (its schema depends on search_path). */
  qualifiedName(): { schema: string; name: string } | undefined | null {
    const first = this.tokens[this.i];
    if (!first || !('word' in first)) return null;
    this.i++;
    if (!this.acceptPunct('.')) return undefined;
    const second = this.tokens[this.i];
    if (!second || !('word' in second)) return null;
    this.i++;
    return { schema: first.word, name: second.word };
  }

  /** A bare identifier (RENAME TO x, SET SCHEMA x). */
  word(): string | undefined {
    const t = this.tokens[this.i];
    if (!t || !('word' in t)) return undefined;
    this.i++;
    return t.word;
  }

  nameList(): Array<{ schema: string; name: string } | undefined> {
    const names: Array<{ schema: string; name: string } | undefined> = [];
    do {
      const name = this.qualifiedName();
      if (name === null) break;
      names.push(name);
    } while (this.acceptPunct(','));
    return names;
  }
}

type Effect =
  | { op: 'create'; kind: CreatedKind; schema: string; name: string }
  | { op: 'drop'; schema: string; name: string }
  | { op: 'rename'; schema: string; name: string; to: string }
  | { op: 'move'; schema: string; name: string; to: string };

function relationWord(c: Cursor): CreatedKind | undefined {
  if (c.accept('table') || c.accept('foreign', 'table')) return 'table';
  if (c.accept('view') || c.accept('materialized', 'view')) return 'view';
  return undefined;
}

export function effectsOf(statement: string): Effect[] {
  const c = new Cursor(headTokens(statement));
  if (c.accept('create')) {
    c.accept('or', 'replace');
    c.accept('global') || c.accept('local');
    if (c.accept('temp') || c.accept('temporary')) return [];
    c.accept('unlogged');
    c.accept('recursive');
    const kind = relationWord(c);
    if (!kind) return [];
    c.accept('if', 'not', 'exists');
    const name = c.qualifiedName();
    return name ? [{ op: 'create', kind, ...name }] : [];
  }
  if (c.accept('drop')) {
    if (!relationWord(c)) return [];
    c.accept('if', 'exists');
    return c.nameList().flatMap((n) => (n ? [{ op: 'drop' as const, ...n }] : []));
  }
  if (c.accept('alter')) {
    if (!relationWord(c)) return [];
    c.accept('if', 'exists');
    const name = c.qualifiedName();
    if (!name) return [];
    if (c.accept('rename', 'to')) {
      const to = c.word();
      return to ? [{ op: 'rename', ...name, to }] : [];
    }
    if (c.accept('set', 'schema')) {
      const to = c.word();
      return to ? [{ op: 'move', ...name, to }] : [];
    }
  }
  return [];
}

/** Replays the files' DDL in order; what is left is what they created. */
export function createdObjects(files: readonly SqlFile[]): CreatedObject[] {
  const objects = new Map<string, CreatedObject>();
  const key = (schema: string, name: string) => `${schema}\0${name}`;
  for (const file of files) {
    for (const statement of file.statements) {
      for (const effect of effectsOf(statement.text)) {
        const id = key(effect.schema, effect.name);
        if (effect.op === 'create') objects.set(id, { schema: effect.schema, name: effect.name, kind: effect.kind, file: file.path.rel });
        else if (effect.op === 'drop') objects.delete(id);
        else {
          const existing = objects.get(id);
          objects.delete(id);
          if (existing) {
            const moved = effect.op === 'move' ? { ...existing, schema: effect.to } : { ...existing, name: effect.to };
            objects.set(key(moved.schema, moved.name), moved);
          }
        }
      }
    }
  }
  return [...objects.values()];
}
