import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { FileScanner } from '../src/boundary/scan.js';
import { extractFragments } from '../src/boundary/fragments.js';
import { lex } from '../src/boundary/lexer.js';
import { offsetOf } from '../src/boundary/tokens.js';
import { profileFor } from '../src/boundary/languages.js';
import { loadParser } from '../src/sql/parser.js';
import { preFilter, wordPattern } from '../src/boundary/prefilter.js';
import { compileRules } from '../src/boundary/rules.js';
import { cpSync } from 'node:fs';
import { CORPUS, EXPECTED } from './harness/boundary-corpus.js';
import { cliJson, runBuiltCli } from './harness/cli.js';
import type { AnyResult } from '../src/result.js';
import { withSampleConfig } from './harness/tree.js';

// The boundary check's shortcuts (the pre-filter, literals kept without a map, the bundle)
// against the slow, obvious way: each must give the same answer.
describe('boundary-check: faster paths give the same answer', () => {
  const pieces = fc.constantFrom('INSERT', ' INTO ', 'eng', '.', '"', "'", '`', '${', '}', '{', '/*', '*/', '//', '--', '#', '\n', '\\', '+', '(', ')', ',', 'log(', 'Error(', '/re/', '"""', "f'", '<<~SQL\n', 'SQL\n', 'x ', 'return ');
  const text = fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 50 }).map((parts) => parts.join(''));
  const ext = fc.constantFrom('a.ts', 'a.py', 'a.rb', 'a.go', 'a.php', 'a.sh', 'a.java', 'a.rs', 'a.cs');

  // Writes in every form the scan reads, with names in any case, glued to escapes and words,
  // interpolated, and names a pre-filter could confuse (engine, eng_, x_eng).
  const name = fc.constantFrom('eng', 'ENG', 'Eng', 'eng_x', 'Eng_X', 'engine', 'x_eng', 'eng$', 'vh', '${t}', '_eng', '"eng"', 'é');
  const sql = fc
    .tuple(fc.constantFrom('INSERT INTO ', 'UPDATE ', 'DELETE FROM ', 'TRUNCATE ', 'DROP TABLE ', 'GRANT ALL ON ', 'COPY ', 'insert into\\n', 'DELETE FROM\\t'), name, fc.constantFrom('', '.', '_'), name, fc.constantFrom(' VALUES (1)', ' SET a = 1', ' FROM x', '', ';'))
    .map((parts) => parts.join(''));
  const quoted = fc.tuple(fc.constantFrom("'", '"', '`', '"""', "f'", 'r"'), sql).map(([q, s]) => `q(${q}${s}${q.replace(/^[fr]/, '')});`);
  const builder = fc.tuple(fc.constantFrom("knex('", "supabase.schema('", "db('"), name, fc.constantFrom("').insert({})", "').from('t').update({})", "').del()")).map((p) => p.join(''));
  const source = fc.array(fc.oneof({ arbitrary: quoted, weight: 4 }, { arbitrary: builder, weight: 2 }, sql, pieces, name), { maxLength: 12 }).map((parts) => parts.join('\n'));
  const fileName = fc.constantFrom('a.ts', 'a.py', 'a.rb', 'a.go', 'a.php', 'a.sh', 'a.java', 'a.rs', 'a.sql', 'a.yml', 'a.lua', 'a.txt2');

  test('a file the pre-filter passes over holds no protected write the full scan would find', async () => {
    await loadParser();
    const ruleNames = fc.constantFrom<[string[], string[]]>([['eng'], ['eng_']], [['eng'], []], [[], ['eng_']], [['vh', 'eng'], ['x_']]);
    let withWrites = 0;
    await fc.assert(
      fc.asyncProperty(ruleNames, source, fileName, async ([schemas, prefixes], src, file) => {
        const rules = compileRules([{ name: 'r', paths: ['**'], protectedSchemas: schemas, protectedPrefixes: prefixes }], 'test');
        const scanner = new FileScanner(rules);
        // The full scan, as if every file were a candidate.
        const { findings } = scanner.scan(file, src);
        if (findings.length === 0) return;
        withWrites++;
        assert.equal(preFilter(rules)(Buffer.from(src, 'utf8')), 'name', `${JSON.stringify(src)} in ${file}: ${JSON.stringify(findings)}`);
      }),
      { numRuns: 1500 },
    );
    // Not vacuous: many sources hold a write the full scan finds (about one in seven).
    assert.ok(withWrites > 100, `${withWrites} of 1500 sources held a write`);
  });

  test('the pre-filter over raw bytes answers as the word pattern over the decoded text', () => {
    const piece = fc.oneof(fc.constantFrom('eng', 'ENG', 'eNg_', '_', '$', '1', ' ', '.', '\n', 'é', 'ſ', 'K', '\x7f', 'x', '\\', '\\n', '\\\\'), fc.string({ maxLength: 3 }));
    const word = fc.stringMatching(/^[a-z_][a-z0-9_$]{0,5}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), fc.array(word, { maxLength: 3 }), fc.array(piece, { maxLength: 40 }), (schemas, prefixes, parts) => {
        const rules = compileRules([{ name: 'r', paths: ['**'], protectedSchemas: schemas, protectedPrefixes: prefixes }], 'test');
        const text = parts.join('');
        assert.equal(preFilter(rules)(Buffer.from(text, 'utf8')) === 'name', wordPattern(rules).test(text), JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });

  test('a literal read verbatim is its source exactly, and every character of any literal maps into the file', () => {
    fc.assert(
      fc.property(text, ext, (src, file) => {
        for (const token of lex(src, profileFor(file)).tokens) {
          if (token.t !== 'str') continue;
          if (!token.map) assert.equal(src.slice(token.base, token.base! + token.text.length), token.text, 'verbatim');
          for (let k = 0; k < token.text.length; k++) {
            const at: number = offsetOf(token, k)!;
            assert.ok(at >= 0 && at < src.length, `character ${k} maps to ${at}, outside the file`);
            if (!token.map) assert.equal(src[at], token.text[k]);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  test('literals read verbatim and literals with escapes, joined or not, report the same columns', async () => {
    const root = withSampleConfig({
      'apps/vh/mix.js': [
        "db.query('UPDATE eng.a SET x = 1');",
        "db.query('UPDATE\\teng.b SET x = 1');",
        'db.query(\'UPDATE \' + "eng.c SET x = 1");',
        "db.query('UPDATE\\t' + 'eng.d SET x = 1');",
        'db.query(`UPDATE eng.e SET x = ${v}`);',
        'db.query(`UPDATE',
        '  eng.f SET x = 1`); db.query("DELETE FROM eng_g WHERE note = \'a\\"b\'");',
      ].join('\n'),
    });
    const { result } = await cliJson(root, ['boundary-check']);
    const at = result.boundary!.findings.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.object}`).sort();
    assert.deepEqual(at, ['1:18-23 eng.a', '2:19-24 eng.b', '3:23-28 eng.c', '4:24-29 eng.d', '5:18-23 eng.e', '7:3-8 eng.f', '7:44-49 eng_g']);
  });

  test('a large tree with binary, non-UTF-8 and oversized files: the built CLI gives the findings, skips and counts of the scan in-process', async () => {
    const filler: Record<string, string | Buffer> = {};
    for (let i = 0; i < 3000; i++) filler[`apps/vh/filler/m${i % 30}/f${i}.ts`] = i % 7 === 0 ? `const q${i} = 'SELECT * FROM eng.t${i}';\n` : `export const n${i} = ${i}; // engine length\n`;
    for (let i = 0; i < 20; i++) {
      filler[`apps/vh/filler/bin${i}.dat`] = Buffer.from([0x89, 0x50, 0, 0, i]);
      filler[`apps/vh/filler/latin${i}.sql`] = Buffer.from(`INSERT INTO eng.t VALUES ('caf\xe9${i}');\n`, 'latin1');
    }
    filler['apps/vh/filler/big.sql'] = Buffer.alloc(4 * 1024 * 1024 + 1, 0x20);
    const root = withSampleConfig(filler);
    cpSync(CORPUS, root, { recursive: true });
    const built = await runBuiltCli(root, ['boundary-check', '--json']);
    const bundled = (JSON.parse(built.stdout) as AnyResult).boundary!;
    const { code, result } = await cliJson(root, ['boundary-check']);
    const alone = result.boundary!;
    assert.equal(built.code, 1);
    assert.equal(code, 1);
    assert.equal(alone.findings.length, EXPECTED.length);
    assert.deepEqual(bundled.findings, alone.findings);
    assert.deepEqual(bundled.accepted, alone.accepted);
    assert.deepEqual(alone.skipped, { binary: 20, 'not UTF-8': 20, 'too large': 1, documentation: 1 });
    assert.deepEqual(bundled.skipped, alone.skipped);
    for (const key of ['filesScanned', 'filesParsed', 'bytesScanned'] as const) assert.equal(bundled[key], alone[key], key);
  });
});
