import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitStatements, type SplitResult } from '../src/sql/statements.js';
import { statementTokens } from '../src/sql/statement-tokens.js';
import { noTransactionStatement } from '../src/sql/no-transaction.js';
import { LineLocator, errorLocation, lineColumnAt, utf16OffsetOfCodePoint, type LineColumn } from '../src/sql/position.js';

const texts = (sql: string): string[] => splitStatements(sql).statements.map((s) => s.text);
const codePoints = (s: string): number => [...s].length;

function assertInsideFile(file: string, at: LineColumn): void {
  const lines = file.split(/\r\n|\r|\n/);
  assert.ok(at.line >= 1 && at.line <= lines.length, `line ${at.line} of ${lines.length}`);
  assert.ok(at.column >= 1 && at.column <= codePoints(lines[at.line - 1] ?? '') + 1, `column ${at.column} on line ${at.line}`);
}

function assertWellFormed(sql: string, result: SplitResult): void {
  let previousEnd = 0;
  for (const s of result.statements) {
    assert.ok(s.start >= previousEnd && s.end > s.start, 'in order, non-empty, non-overlapping');
    assert.equal(s.text, sql.slice(s.start, s.end));
    assert.equal(s.text, s.text.replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, ''));
    assert.deepEqual({ line: s.line, column: s.column }, lineColumnAt(sql, s.start));
    assert.ok(s.keywords.length <= 3);
    previousEnd = s.end;
  }
  for (const m of result.metaCommands) {
    assert.ok(m.text.startsWith('\\'));
    assertInsideFile(sql, m);
  }
  if (result.unterminated) assertInsideFile(sql, result.unterminated);
}

test('splits on semicolons; text runs from the first token to before the ; with trailing whitespace trimmed', () => {
  const sql = '  SELECT 1 ;\n\nselect  2\n\t;select 3  \n';
  const [a, b, c] = splitStatements(sql).statements;
  assert.deepEqual(a, { text: 'SELECT 1', start: 2, end: 10, line: 1, column: 3, keywords: ['SELECT'] });
  assert.deepEqual(b, { text: 'select  2', start: 14, end: 23, line: 3, column: 1, keywords: ['SELECT'] });
  assert.deepEqual(c, { text: 'select 3', start: 26, end: 34, line: 4, column: 3, keywords: ['SELECT'] });
});

test('empty statements are dropped; a final statement without ; counts, a comment-only remainder does not', () => {
  assert.deepEqual(texts(';; ;SELECT 1;;;SELECT 2'), ['SELECT 1', 'SELECT 2']);
  assert.deepEqual(texts('SELECT 1; -- done\n/* really */\n'), ['SELECT 1']);
  assert.deepEqual(texts('/* only */ ; -- comments'), []);
  assert.deepEqual(texts(''), []);
});

test('comments: -- runs to end of line (\\n or \\r), /* */ nests, ; inside either does not split', () => {
  assert.deepEqual(texts('SELECT 1 -- a; b\n, 2; SELECT 3'), ['SELECT 1 -- a; b\n, 2', 'SELECT 3']);
  assert.deepEqual(texts('SELECT 1 -- a; b\r; SELECT 2'), ['SELECT 1 -- a; b', 'SELECT 2']);
  assert.deepEqual(texts('SELECT /* a /* b; */ still; */ 1; SELECT 2'), ['SELECT /* a /* b; */ still; */ 1', 'SELECT 2']);
  assert.deepEqual(texts('SELECT 1 /* -- ; */; SELECT 2 -- /* ;\n;'), ['SELECT 1 /* -- ; */', 'SELECT 2 -- /* ;']);
  assert.deepEqual(texts('SELECT 2*/**/3; SELECT 4'), ['SELECT 2*/**/3', 'SELECT 4']);
});

test("strings: '' escapes; backslash only escapes in E'' (either case); U&'' and N'' are plain", () => {
  assert.deepEqual(texts("SELECT 'it''s; fine'; SELECT 2"), ["SELECT 'it''s; fine'", 'SELECT 2']);
  assert.deepEqual(texts("SELECT 'a\\'; SELECT 2"), ["SELECT 'a\\'", 'SELECT 2']);
  assert.deepEqual(texts("SELECT E'a\\'; b'; SELECT e'\\\\'; SELECT E'x'';'"), ["SELECT E'a\\'; b'", "SELECT e'\\\\'", "SELECT E'x'';'"]);
  assert.deepEqual(texts("SELECT U&'d\\0061t;a', u&'x''y;'; SELECT N'n;'"), ["SELECT U&'d\\0061t;a', u&'x''y;'", "SELECT N'n;'"]);
  // A word ending in e before a quote is an identifier, so the string after it is a plain one.
  assert.deepEqual(texts("SELECT type'a\\'; SELECT 2"), ["SELECT type'a\\'", 'SELECT 2']);
});

test('quoted identifiers: "" escapes, also U&"..."', () => {
  assert.deepEqual(texts('SELECT "a;""b" FROM U&"t;\\0061"; SELECT 2'), ['SELECT "a;""b" FROM U&"t;\\0061"', 'SELECT 2']);
});

test('dollar quotes: $$ and $tag$ (case-sensitive, other tags inside are text); $1 and word$$ are not quotes', () => {
  assert.deepEqual(texts('SELECT $$a;b$$; SELECT 2'), ['SELECT $$a;b$$', 'SELECT 2']);
  assert.deepEqual(texts('SELECT $fn$ $$; $x$; $FN$ $fn$; SELECT 2'), ['SELECT $fn$ $$; $x$; $FN$ $fn$', 'SELECT 2']);
  assert.deepEqual(texts('SELECT $_1é$;$_1é$; SELECT 2'), ['SELECT $_1é$;$_1é$', 'SELECT 2']);
  assert.deepEqual(texts('SELECT $1; SELECT $2$; SELECT 3'), ['SELECT $1', 'SELECT $2$', 'SELECT 3']);
  assert.deepEqual(texts('SELECT a$$b; SELECT 1x$$; SELECT 2'), ['SELECT a$$b', 'SELECT 1x$$', 'SELECT 2']);
  assert.deepEqual(texts('SELECT $1$$;$$; SELECT $ 1; SELECT 2'), ['SELECT $1$$;$$', 'SELECT $ 1', 'SELECT 2']);
});

test('a ; inside parentheses does not split, as in psql', () => {
  assert.deepEqual(texts('SELECT (1;2); SELECT ((3)); SELECT 4)); SELECT 5'), ['SELECT (1;2)', 'SELECT ((3))', 'SELECT 4))', 'SELECT 5']);
});

test('CREATE FUNCTION/PROCEDURE ... BEGIN ATOMIC ... END is one statement, CASE ... END included', () => {
  const fn = `CREATE OR REPLACE FUNCTION f(x int) RETURNS int LANGUAGE sql
BEGIN ATOMIC
  SELECT 1;
  SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;
END`;
  const proc = 'create procedure p() begin atomic insert into t values (1); end';
  const [a, b, c] = splitStatements(`${fn};\n${proc}; SELECT 2`).statements;
  assert.equal(a?.text, fn);
  assert.deepEqual(a?.keywords, ['CREATE', 'OR', 'REPLACE']);
  assert.equal(b?.text, proc);
  assert.deepEqual([b?.line, c?.text], [6, 'SELECT 2']);
});

test('BEGIN and END outside CREATE FUNCTION are ordinary statements; dollar-quoted bodies need no tracking', () => {
  assert.deepEqual(texts('BEGIN; CREATE TABLE t (id int); END; COMMIT'), ['BEGIN', 'CREATE TABLE t (id int)', 'END', 'COMMIT']);
  assert.deepEqual(texts('CREATE TRIGGER tr BEFORE INSERT ON t EXECUTE FUNCTION f(); BEGIN; END'), [
    'CREATE TRIGGER tr BEFORE INSERT ON t EXECUTE FUNCTION f()',
    'BEGIN',
    'END',
  ]);
  const plpgsql = 'CREATE FUNCTION g() RETURNS void LANGUAGE plpgsql AS $body$ BEGIN PERFORM 1; END $body$';
  assert.deepEqual(texts(`${plpgsql}; SELECT 1`), [plpgsql, 'SELECT 1']);
  // psql only counts BEGIN outside parentheses: a parameter named "begin" opens nothing.
  assert.deepEqual(texts('CREATE FUNCTION h(begin int) RETURNS int RETURN 1; SELECT 2'), ['CREATE FUNCTION h(begin int) RETURNS int RETURN 1', 'SELECT 2']);
});

test('keywords: the first up to 3 leading words, upper-cased, after any leading comments', () => {
  const kw = (sql: string) => splitStatements(sql).statements.map((s) => s.keywords);
  assert.deepEqual(kw('-- why\n/* a */ create index concurrently i on t (a); begin; Commit Prepared \'x\''), [
    ['CREATE', 'INDEX', 'CONCURRENTLY'],
    ['BEGIN'],
    ['COMMIT', 'PREPARED'],
  ]);
  assert.deepEqual(kw('ALTER TABLE "T" ADD x int; SELECT 1; (SELECT 1); rollback /* c */ to s'), [['ALTER', 'TABLE'], ['SELECT'], [], ['ROLLBACK', 'TO', 'S']]);
  assert.deepEqual(splitStatements('-- c\nSELECT 1').statements[0]?.start, 5);
});

test('psql meta-commands are reported with line and column; they end the statement before them', () => {
  const sql = "SELECT 1;\n\\set ON_ERROR_STOP on\n  \\i 'other.sql'; SELECT 9\nSELECT 2\n\\gset\r\nSELECT 3; '\\x'";
  const result = splitStatements(sql);
  assert.deepEqual(result.metaCommands, [
    { line: 2, column: 1, text: '\\set' },
    { line: 3, column: 3, text: '\\i' },
    { line: 5, column: 1, text: '\\gset' },
  ]);
  assert.deepEqual(result.statements.map((s) => [s.text, s.line]), [['SELECT 1', 1], ['SELECT 2', 4], ['SELECT 3', 6], ["'\\x'", 6]]);
  assert.deepEqual(splitStatements('SELECT 1 \\; SELECT 2').metaCommands, [{ line: 1, column: 10, text: '\\;' }]);
  assert.deepEqual(splitStatements("-- \\set\n/* \\i */ SELECT '\\o', $$\\q$$").metaCommands, []);
});

test('unterminated quotes and comments are reported where they start; the statements before them survive', () => {
  const cases: [string, string, number, number][] = [
    ["SELECT 1;\nSELECT 'abc;", 'string', 2, 8],
    ["SELECT 1;\nSELECT E'a\\'", 'string', 2, 8],
    ["SELECT 1;\nSELECT 'a''", 'string', 2, 8],
    ['SELECT 1;\nSELECT "x', 'quoted identifier', 2, 8],
    ['SELECT 1;\nSELECT U&"x', 'quoted identifier', 2, 8],
    ['SELECT 1;\n  SELECT $a$ x $A$', 'dollar quote', 2, 10],
    ['SELECT 1;\nSELECT 2 /* a /* b */', 'block comment', 2, 10],
  ];
  for (const [sql, kind, line, column] of cases) {
    assert.deepEqual(splitStatements(sql), { statements: splitStatements('SELECT 1;').statements, metaCommands: [], unterminated: { kind, line, column } }, sql);
  }
});

test('columns count code points: emoji and CJK before a statement', () => {
  const sql = "SELECT '😀中'; SELECT 2;\n/* 日本 */ SELECT '🎉'";
  const [a, b, c] = splitStatements(sql).statements;
  // 14 UTF-16 units but 13 code points precede the second statement.
  assert.deepEqual([a?.column, b?.line, b?.start, b?.column], [1, 1, 14, 14]);
  assert.deepEqual([c?.line, c?.column, c?.text], [2, 10, "SELECT '🎉'"]);
});

test('CRLF and lone CR files: lines counted once per terminator, texts keep inner CRLF', () => {
  const sql = 'SELECT 1\r\n  , 2;\r\n\r\nSELECT 3;\rSELECT 4;\r\n';
  assert.deepEqual(splitStatements(sql).statements.map((s) => [s.text, s.line, s.column]), [
    ['SELECT 1\r\n  , 2', 1, 1],
    ['SELECT 3', 4, 1],
    ['SELECT 4', 5, 1],
  ]);
});

test('lineColumnAt: CRLF counts once, the \\n of a CRLF is still the end of its line, offsets clamp', () => {
  const text = 'ab\r\ncd\ref\ng😀h';
  assert.deepEqual(lineColumnAt(text, 2), { line: 1, column: 3 });
  assert.deepEqual(lineColumnAt(text, 3), { line: 1, column: 3 });
  assert.deepEqual(lineColumnAt(text, 4), { line: 2, column: 1 });
  assert.deepEqual(lineColumnAt(text, 7), { line: 3, column: 1 });
  assert.deepEqual(lineColumnAt(text, 13), { line: 4, column: 3 });
  assert.deepEqual(lineColumnAt(text, -5), { line: 1, column: 1 });
  assert.deepEqual(lineColumnAt(text, 999), { line: 4, column: 4 });
  assert.deepEqual(lineColumnAt('a\n', 2), { line: 2, column: 1 });
});

test('utf16OffsetOfCodePoint steps over surrogate pairs and clamps', () => {
  assert.deepEqual([0, 1, 2, 3, 4, -1, 99].map((k) => utf16OffsetOfCodePoint('😀a中🎉', k)), [0, 2, 3, 4, 6, 0, 6]);
});

test('errorLocation maps the server position (1-based code points in the statement) into the file', () => {
  const file = "-- 日本語\r\nSELECT 1;\r\nSELECT '😀😀',\r\n  nope;";
  const s = splitStatements(file).statements[1];
  assert.ok(s);
  assert.deepEqual(errorLocation(file, s, undefined), { line: 3, column: 1 });
  assert.deepEqual(errorLocation(file, s, 13), { line: 3, column: 13 });
  assert.deepEqual(errorLocation(file, s, 17), { line: 4, column: 3 });
  assert.deepEqual(errorLocation(file, s, 500), { line: 4, column: 6 });
  assert.deepEqual(errorLocation(file, s, 0), { line: 3, column: 1 });
  assert.deepEqual(errorLocation(file, s, Number.NaN), { line: 3, column: 1 });
  assert.deepEqual(errorLocation(file, { start: 1e9, text: 'x' }, 3), lineColumnAt(file, file.length));
});

const FRAGMENTS = [
  'SELECT', 'select', 'x', '1', ' ', '\n', '\r\n', '\r', '\t', ';', ';;', "'", "''", '"', '""', 'E', "E'", "e'\\'", '\\', '\\set x\n',
  'U&', "U&'", '$', '$$', '$a$', '$A$', '$1', '--', '/*', '*/', '(', ')', 'BEGIN', 'ATOMIC', 'END', 'CASE', 'CREATE', 'OR',
  'REPLACE', 'FUNCTION', 'PROCEDURE', '😀', '中文', 'é', '\uFEFF', '\u00A0',
];
const sqlish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: 'binary-ascii', maxLength: 120 }), sqlish);

test('property: for any input splitStatements never throws and returns well-formed statements', () => {
  fc.assert(fc.property(anyText, (sql) => assertWellFormed(sql, splitStatements(sql))), { numRuns: 1000 });
});

const HEADS = ['SELECT', 'update', 'ALTER TABLE t', 'drop', 'x', 'BEGIN', 'END', 'COMMIT', 'ANALYZE'];
const PIECES = [
  '1', 'x', 'a.b', 'begin', 'end', 'case', "'a;b'", "'it''s;'", "E'\\';'", "e'\\\\'", "U&'d\\0061;'", 'U&"q;"', '"semi;""colon"',
  '$$a;b$$', '$fn$ $$;$$ $fn$', '$1', '(1;2)', '/* c; /* nested; */ */', '-- c;\n x', '😀', '中文', '::int', '+', '=',
];
const SEPARATORS = ['', ' ', '\n', '\r\n', ' -- c;\n', '/* ; */', ';', ' ; ;\n', '\t'];
const safeStatement = fc
  .tuple(fc.constantFrom(...HEADS), fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }))
  .map(([head, pieces]) => [head, ...pieces].join(' '));

test('property: statements joined with ; split back into exactly those statements', () => {
  const input = fc.record({
    lead: fc.constantFrom('', '-- header\n', '/* x; */ ', '\n\n'),
    statements: fc.array(safeStatement, { minLength: 1, maxLength: 6 }),
    separators: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 6, maxLength: 6 }),
    finalSemicolon: fc.boolean(),
  });
  fc.assert(
    fc.property(input, ({ lead, statements, separators, finalSemicolon }) => {
      const last = statements.length - 1;
      const sql = lead + statements.map((s, k) => (k < last || finalSemicolon ? `${s};${separators[k] ?? ''}` : s)).join('');
      const result = splitStatements(sql);
      assert.deepEqual(result.statements.map((s) => s.text), statements);
      assert.deepEqual([result.metaCommands, result.unterminated], [[], undefined]);
      assertWellFormed(sql, result);
    }),
    { numRuns: 500 },
  );
});

test('property: lineColumnAt agrees with a naive line split and always lands inside the text', () => {
  fc.assert(
    fc.property(anyText, fc.integer({ min: -5, max: 260 }), (text, offset) => {
      const at = lineColumnAt(text, offset);
      assertInsideFile(text, at);
      const o = Math.min(Math.max(offset, 0), text.length);
      if (text[o - 1] === '\r' && text[o] === '\n') return; // inside a CRLF: see the unit test
      const before = text.slice(0, o).split(/\r\n|\r|\n/);
      assert.deepEqual(at, { line: before.length, column: codePoints(before[before.length - 1] ?? '') + 1 });
    }),
    { numRuns: 1000 },
  );
});

test('property: one LineLocator answering increasing offsets agrees with fresh lineColumnAt calls', () => {
  const offsets = fc.array(fc.integer({ min: -2, max: 130 }), { maxLength: 30 }).map((xs) => xs.sort((a, b) => a - b));
  fc.assert(
    fc.property(anyText, offsets, (text, sorted) => {
      const locator = new LineLocator(text);
      for (const o of [...sorted, 3, ...sorted]) assert.deepEqual(locator.locate(o), lineColumnAt(text, o), `offset ${o}`);
    }),
    { numRuns: 500 },
  );
});

test('property: utf16OffsetOfCodePoint matches iterating code points', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.integer({ min: -3, max: 80 }), (text, k) => {
      const expected = [...text].slice(0, Math.max(k, 0)).join('').length;
      assert.equal(utf16OffsetOfCodePoint(text, k), expected);
    }),
    { numRuns: 500 },
  );
});

test('property: errorLocation always lands inside the file, for real and for bogus statements', () => {
  const position = fc.option(fc.integer({ min: -5, max: 300 }), { nil: undefined });
  fc.assert(
    fc.property(anyText, position, fc.nat(), fc.integer({ min: -5, max: 300 }), fc.string({ maxLength: 20 }), (file, pos, pick, start, text) => {
      const statements = splitStatements(file).statements;
      const real = statements.length > 0 ? statements[pick % statements.length] : undefined;
      if (real) {
        const at = errorLocation(file, real, pos);
        assertInsideFile(file, at);
        if (pos !== undefined && pos >= 1 && pos <= codePoints(real.text)) {
          assert.deepEqual(at, lineColumnAt(file, real.start + utf16OffsetOfCodePoint(real.text, pos - 1)));
        }
      }
      assertInsideFile(file, errorLocation(file, { start, text }, pos));
    }),
    { numRuns: 1000 },
  );
});

test('the list of statements that cannot run in a transaction lexes with the splitter: an E string is one literal, whatever it holds', () => {
  const hidden = "ALTER TABLE app.p ADD CONSTRAINT c CHECK (note <> E'it\\' DETACH PARTITION app.c CONCURRENTLY')";
  assert.equal(noTransactionStatement(hidden), undefined, 'inside the literal, not a DETACH');
  assert.equal(noTransactionStatement("ALTER TABLE app.p /* E'x' */ DETACH PARTITION app.c CONCURRENTLY")?.name, 'ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY');
  assert.deepEqual(statementTokens("SELECT E'a\\'b', U&'d\\0061t', \"Q\", $x$ body $x$, 1.5 -- c\n"), ['SELECT', "'A\\'B'", ',', "'D\\0061T'", ',', '"', ',', "'", ',', '1.5']);
});
