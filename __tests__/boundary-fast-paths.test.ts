import assert from 'node:assert/strict';
import { once } from 'node:events';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { MessageChannel, Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { Minimatch } from 'minimatch';
import { FileReader } from '../src/boundary/files.js';
import { extractFragments, type SqlFragment } from '../src/boundary/fragments.js';
import { profileFor } from '../src/boundary/languages.js';
import { lex } from '../src/boundary/literals.js';
import type { ReadJob } from '../src/boundary/read-worker.js';
import { compilePattern, compileRules } from '../src/boundary/rules.js';
import { MAX_SCAN_FILES, ScanBoard } from '../src/boundary/scan-board.js';
import { PromoteError } from '../src/errors/promote-error.js';
import { offsetOf } from '../src/boundary/tokens.js';
import { createWordFilter, lastNameEnd, protectedNames, regexWordFilter, wordPattern } from '../src/boundary/word-filter.js';
import type { PromoteResult } from '../src/result.js';
import { CORPUS, EXPECTED } from './harness/boundary-corpus.js';
import { cliJson, runBuiltCli } from './harness/cli.js';
import { makeTree } from './harness/tree.js';

// The boundary check's shortcuts (a pre-filter, threads, a lighter lexer mode, prefix globs)
// against the slow, obvious way: each must give the same answer.
describe('boundary-check: faster paths give the same answer', () => {
  const pieces = fc.constantFrom('INSERT', ' INTO ', 'eng', '.', '"', "'", '`', '${', '}', '{', '/*', '*/', '//', '--', '#', '\n', '\\', '+', '(', ')', ',', 'log(', 'Error(', '/re/', '"""', "f'", '<<~SQL\n', 'SQL\n', 'x ', 'return ');
  const text = fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 50 }).map((parts) => parts.join(''));
  const ext = fc.constantFrom('a.ts', 'a.py', 'a.rb', 'a.go', 'a.php', 'a.sh', 'a.java', 'a.rs', 'a.cs');

  test('keeping only the code tokens around strings finds exactly the fragments a full lex finds', () => {
    fc.assert(
      fc.property(text, ext, (src, file) => {
        const full = extractFragments(src, profileFor(file), 'all').fragments;
        const light = extractFragments(src, profileFor(file), 'around-strings').fragments;
        assert.deepEqual(light, full);
      }),
      { numRuns: 1500 },
    );
  });

  test('a lex told where interest ends finds the same fragments up to there, each whole', () => {
    // Whole literals and the ways of joining them, so that chains of pieces are common.
    // Statements of literals joined in each language's ways, with comments between the pieces
    // (the lex checks whether to stop only after something that is not plain code) and escapes
    // glued to names (`\teng` is the word eng once decoded).
    const literal = fc.constantFrom("'INSERT INTO '", '"eng.t"', '`eng_x`', "'plain'", '"DELETE FROM\\teng.t"', "'UPDATE\\neng_x SET a = 1'");
    const joiner = fc.constantFrom(' + ', ' + /* c */ ', ' /* c */ + ', '\n+ ', ' ', ' .. ', ' || ', ' . ', ' # c\n');
    const chain = fc.tuple(literal, fc.array(fc.tuple(joiner, literal), { maxLength: 3 })).map(([head, rest]) => head + rest.map(([j, l]) => j + l).join(''));
    const statement = fc.tuple(fc.constantFrom('q(', 'q(/* c */ ', 'x = ', 'log(', '', '// eng\n'), chain, fc.constantFrom(');', ';', '\n', ' // eng\n'));
    const joined = fc.array(fc.oneof(statement.map((parts) => parts.join('')), pieces), { maxLength: 8 }).map((parts) => parts.join('\n'));
    fc.assert(
      fc.property(fc.oneof(text, joined), ext, fc.nat(), (src, file, at) => {
        const until = at % (src.length + 1);
        const full = extractFragments(src, profileFor(file), 'around-strings').fragments;
        const early = extractFragments(src, profileFor(file), 'around-strings', until).fragments;
        // What the early lex found is what the full lex found first, fragment for fragment...
        assert.deepEqual(early, full.slice(0, early.length));
        // ...and it found every fragment whose text starts before `until`.
        const missed = full.slice(early.length).filter((f) => (f.map?.[0] ?? f.base ?? Infinity) < until);
        assert.deepEqual(missed, []);
      }),
      { numRuns: 3000 },
    );
    // The scan stops at its candidate's last protected name: every literal that holds one as the
    // source spells it (decoded, and in its source text) is still found.
    const names = { schemas: ['eng'], prefixes: ['eng_'] };
    const word = wordPattern(names);
    const lastEnd = lastNameEnd(names);
    const spelled = (src: string) => (f: SqlFragment) => {
      const from = f.map ? f.map[0] : f.base;
      const to = f.map ? f.map[f.map.length - 1] : f.base === undefined ? undefined : f.base + f.text.length - 1;
      return from !== undefined && to !== undefined && word.test(f.text) && word.test(src.slice(from, to + 1));
    };
    fc.assert(
      fc.property(fc.oneof(text, joined), ext, (src, file) => {
        const full = extractFragments(src, profileFor(file), 'around-strings').fragments;
        const early = extractFragments(src, profileFor(file), 'around-strings', lastEnd(src)).fragments;
        assert.deepEqual(early.filter(spelled(src)), full.filter(spelled(src)));
      }),
      { numRuns: 3000 },
    );
  });

  test("a rule's `dir/**` is tested by its prefix, with minimatch's answer for every path", () => {
    // Names a walk can produce: readdir never returns '.', '..' or an empty name.
    const segment = fc.constantFrom('apps', 'vh', 'eng', '.git', '..a', 'a.ts', 'vh.ts', 'x y', 'ä', '**', '!x');
    const rel = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));
    const base = fc.array(fc.constantFrom('apps', 'vh', 'a b', '.hidden', 'ä'), { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
    fc.assert(
      fc.property(base, rel, fc.boolean(), (dir, tail, under) => {
        const pattern = `${dir}/**`;
        const path = under ? `${dir}/${tail}` : tail;
        const reference = new Minimatch(pattern, { dot: true, nocomment: true, nonegate: true }).makeRe() as RegExp;
        assert.equal(compilePattern(pattern, { key: 'paths' }).test(path), reference.test(path), `${pattern} on ${path}`);
      }),
      { numRuns: 2000 },
    );
  });

  test('the SIMD word pre-filter answers as the regular expression does, for any names and any bytes', () => {
    const name = fc.stringMatching(/^[a-z_][a-z0-9_$]{0,5}$/);
    // Bytes near the names' own: case variants, word characters and not, UTF-8 and DEL, at
    // lengths that put a name across a 16-byte step and at the very end of the text.
    const piece = fc.oneof(fc.constantFrom('eng', 'ENG', 'Eng', 'eNg_', '_', '$', '1', ' ', '.', '\n', '"', 'é', '\x7f', '\x00', 'x', '\\', '\\n', '\\\\'), name, fc.string({ maxLength: 3 }));
    const bytes = fc.array(piece, { maxLength: 40 }).map((parts) => Buffer.from(parts.join(''), 'utf8'));
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 3 }), fc.array(name, { maxLength: 3 }), bytes, (schemas, prefixes, text) => {
        const names = protectedNames(compileRules([{ name: 'r', paths: ['**'], protectedSchemas: schemas, protectedPrefixes: prefixes }], 'test'));
        const simd = createWordFilter(names);
        assert.equal(simd.kind, 'simd');
        const expected = regexWordFilter(names).test(text);
        assert.equal(simd.test(text), expected, `${JSON.stringify(text.toString('latin1'))} for ${schemas} / ${prefixes}`);
        // Read into the filter's own memory, as the file reader does.
        const own = simd.arena.resize(undefined, 0, text.length);
        text.copy(own);
        assert.equal(simd.test(own), expected);
      }),
      { numRuns: 3000 },
    );
    // Texts ending on and around a 64 KiB page of the filter's memory, a name at their last bytes.
    const filter = createWordFilter({ schemas: ['eng'], prefixes: [] });
    for (let size = 62 * 1024; size < 66 * 1024; size++) {
      const text = Buffer.alloc(size, ' ');
      text.write('ENG', size - 3);
      assert.equal(filter.test(text), true, `${size} bytes`);
      assert.equal(filter.test(text.subarray(0, size - 1)), false, `${size - 1} bytes`);
    }
  });

  test('a literal read verbatim is its source exactly, and every character of any literal maps into the file', () => {
    fc.assert(
      fc.property(text, ext, (src, file) => {
        for (const token of lex(src, profileFor(file), 'all')) {
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
    const root = makeTree({
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

  test('reader threads record on the shared board what one thread reads: sizes, candidates and skips', async () => {
    const files: Record<string, string | Buffer> = {};
    for (let i = 0; i < 400; i++) files[`f${i}.ts`] = i % 5 === 0 ? `q('SELECT 1 FROM Eng.t${i}')\n` : `const length${i} = ${i};\n`;
    for (let i = 0; i < 10; i++) {
      files[`bin${i}.dat`] = Buffer.from([1, 0, i]);
      files[`latin${i}.sql`] = Buffer.from(`-- caf\xe9 ${i}\n`, 'latin1');
    }
    files['big.sql'] = Buffer.alloc(70_000, 0x20);
    const root = makeTree(files);
    const paths = Object.keys(files).map((rel) => path.join(root, rel));
    const names = { schemas: ['eng'], prefixes: ['eng_'] };
    // A small board that must grow, and paths in three batches, the last after a pause: as a
    // walk hands them out, with readers waiting on files not yet published.
    const board = ScanBoard.create(16);
    const readers = [0, 1].map(() => new Worker(new URL('./harness/read-worker-entry.mjs', import.meta.url)));
    // Listening before the job is sent: a reader replies and exits as soon as the files run out.
    const replies = readers.map((w) => once(w, 'message'));
    const exits = readers.map((w) => once(w, 'exit'));
    const ports = readers.map((w) => {
      const { port1, port2 } = new MessageChannel();
      const job: ReadJob = { board: board.buffer, paths: port2, names, maxFileBytes: 64 * 1024 };
      w.postMessage(job, [port2]);
      return port1;
    });
    for (const [from, to] of [[0, 100], [100, 300], [300, paths.length]] as const) {
      for (const port of ports) port.postMessage(paths.slice(from, to).join('\0'));
      board.publish(to);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    board.complete();
    assert.deepEqual((await Promise.all(replies)).map(([m]) => m), [{ ok: true }, { ok: true }]);
    for (const port of ports) port.close();
    await Promise.all(exits);
    assert.equal(board.finished(), 2);

    const reader = new FileReader(64 * 1024);
    const filter = regexWordFilter(names);
    const queued: number[] = [];
    for (let c = board.takeCandidate(); c !== undefined; c = board.takeCandidate()) queued.push(c);
    paths.forEach((p, i) => {
      const read = reader.read(p);
      const expected = !read.ok ? { skipped: read.reason } : filter.test(read.bytes) ? 'candidate' : { clean: read.bytes.length };
      assert.deepEqual(board.state(i), expected, p);
    });
    assert.deepEqual(queued.sort((a, b) => a - b), paths.flatMap((_, i) => (board.state(i) === 'candidate' ? [i] : [])));
    assert.equal(queued.length, 80);
  });

  test('a tree past what the shared board holds is a usage error, not a crash', () => {
    const board = ScanBoard.create(16);
    assert.throws(() => board.publish(MAX_SCAN_FILES + 1), (err: unknown) => err instanceof PromoteError && err.kind === 'usage' && /narrow them/.test(err.message));
  });

  test('the corpus scanned on worker threads gives the single-thread findings, skips and counts', async () => {
    // Enough files that reader threads take many of them, and some that they skip.
    const filler: Record<string, string | Buffer> = {};
    for (let i = 0; i < 3000; i++) filler[`apps/vh/filler/m${i % 30}/f${i}.ts`] = i % 7 === 0 ? `const q${i} = 'SELECT * FROM eng.t${i}';\n` : `export const n${i} = ${i}; // engine length\n`;
    for (let i = 0; i < 20; i++) {
      filler[`apps/vh/filler/bin${i}.dat`] = Buffer.from([0x89, 0x50, 0, 0, i]);
      filler[`apps/vh/filler/latin${i}.sql`] = Buffer.from(`INSERT INTO eng.t VALUES ('caf\xe9${i}');\n`, 'latin1');
    }
    filler['apps/vh/filler/big.sql'] = Buffer.alloc(4 * 1024 * 1024 + 1, 0x20);
    const root = makeTree(filler);
    cpSync(CORPUS, root, { recursive: true });
    const run = async (threads: string) => {
      const { code, stdout } = await runBuiltCli(root, ['boundary-check', '--json'], { PG_PROMOTE_SCAN_THREADS: threads });
      return { code, boundary: (JSON.parse(stdout) as PromoteResult).boundary! };
    };
    const one = await run('1');
    const three = await run('3');
    assert.equal(one.code, 1);
    assert.equal(three.code, 1);
    assert.equal(one.boundary.findings.length, EXPECTED.length);
    assert.equal(one.boundary.threads, 1);
    assert.equal(three.boundary.threads, 3);
    assert.deepEqual(three.boundary.findings, one.boundary.findings);
    assert.deepEqual(three.boundary.accepted, one.boundary.accepted);
    assert.deepEqual(one.boundary.skipped, { binary: 20, 'not UTF-8': 20, 'too large': 1, documentation: 1 });
    assert.deepEqual(three.boundary.skipped, one.boundary.skipped);
    assert.equal(three.boundary.filesScanned, one.boundary.filesScanned);
    assert.equal(three.boundary.filesParsed, one.boundary.filesParsed);
  });
});
