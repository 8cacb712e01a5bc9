import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { loadConfig } from '../src/config/load.js';
import { PromoteError } from '../src/errors/promote-error.js';
import { listPhase } from '../src/lint/discover.js';
import { readForLint } from '../src/lint/run.js';
import { discoverPhase, readPhaseMigrations } from '../src/migrate/source.js';
import type { FileProblem } from '../src/migrate/sql-file.js';
import { readSqlFile } from '../src/migrate/sql-file.js';
import { makeTree, onePhaseConfig } from './harness/tree.js';

const DIR = 'db/migrations/app';

describe('one migration source for every command', () => {
  test('migrate and lint see the same files: hidden ones skipped by both (and said), a folder named like a migration never run', () => {
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      [`${DIR}/001_a.sql`]: 'CREATE SCHEMA app;\n',
      [`${DIR}/.002_editor_copy.sql`]: 'DROP SCHEMA app;\n',
      [`${DIR}/010_b.sql`]: 'CREATE TABLE app.t (id int);\n',
      [`${DIR}/README.md`]: 'notes',
    });
    mkdirSync(path.join(root, DIR, '003_folder.sql'));
    const phase = loadConfig({ root }).phases[0]!;
    const files = discoverPhase(root, phase);
    assert.deepEqual(files.migrations.map((m) => [m.version.text, m.description]), [['1', 'a'], ['10', 'b']]);
    assert.deepEqual(files.skipped, [
      { file: `${DIR}/.002_editor_copy.sql`, why: 'a hidden file (its name starts with a dot)' },
      { file: `${DIR}/003_folder.sql`, why: 'a folder, not a file' },
    ]);
    const listing = listPhase(root, phase);
    assert.deepEqual(listing.files.map((f) => f.version.text), ['1', '3', '10'], 'lint lists the folder where a file was expected, to say it cannot be read');
    assert.deepEqual(listing.problems.map((p) => `${p.file} ${p.rule}`), [`${DIR}/README.md non-sql-file`]);
  });

  test('what migrate refuses, lint reports on the same file with the same words', () => {
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      [`${DIR}/001_a.sql`]: 'SELECT 1;\n',
      [`${DIR}/001_again.sql`]: 'SELECT 2;\n',
      [`${DIR}/no_version.sql`]: 'SELECT 3;\n',
    });
    const phase = loadConfig({ root }).phases[0]!;
    const refused = (() => {
      try {
        discoverPhase(root, phase);
      } catch (err) {
        return err as PromoteError;
      }
      throw new Error('migrate accepted the folder');
    })();
    assert.equal(refused.kind, 'config');
    assert.equal(refused.context.file, `${DIR}/001_again.sql`);
    const reported = listPhase(root, phase).problems;
    assert.deepEqual(reported.map((p) => p.file), [`${DIR}/001_again.sql`, `${DIR}/no_version.sql`]);
    assert.ok(reported[0]!.message.startsWith(refused.message), reported[0]!.message);
  });

  test('one reader for the text: what migrate refuses a file for, lint reports in the same words, every problem of it', () => {
    const root = makeTree({
      [`${DIR}/001_utf16.sql`]: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('SELECT 1;\n', 'utf16le')]),
      [`${DIR}/002_two.sql`]: "\\set x 1\nSELECT 1;\n\\i other.sql\n",
    });
    const file = (name: string) => ({ rel: `${DIR}/${name}`, abs: path.join(root, DIR, name) });
    const refusal = (name: string) => {
      try {
        readSqlFile(file(name), { allowEmpty: true });
      } catch (err) {
        return (err as PromoteError).message;
      }
      throw new Error(`migrate accepted ${name}`);
    };
    assert.equal(refusal('001_utf16.sql'), 'file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8');
    assert.deepEqual(readForLint(file('001_utf16.sql')).problems.map((p) => p.message), [refusal('001_utf16.sql')]);
    const both = readForLint(file('002_two.sql')).problems;
    assert.deepEqual(both.map((p) => `${p.line} ${p.rule}`), ['1 psql-meta-command', '3 psql-meta-command']);
    assert.equal(both[0]!.message, refusal('002_two.sql'));
  });

  test('reporting mode: every bad file of a phase is a problem and the good ones are read, where migrate stops at the first', () => {
    const root = makeTree({
      'db/promotion.yml': onePhaseConfig(),
      [`${DIR}/001_a.sql`]: 'SELECT 1;\n',
      [`${DIR}/002_b.sql`]: "SELECT 'open;\n",
      [`${DIR}/003_c.sql`]: 'BEGIN;\nSELECT 1;\n',
      [`${DIR}/004_d.sql`]: 'SELECT 4;\n',
      [`${DIR}/bad_name.sql`]: 'SELECT 5;\n',
    });
    const phase = loadConfig({ root }).phases[0]!;
    assert.throws(() => readPhaseMigrations(root, phase), (err: PromoteError) => err.context.file === `${DIR}/bad_name.sql`);
    const problems: FileProblem[] = [];
    const read = readPhaseMigrations(root, phase, problems);
    assert.deepEqual(read.map((f) => f.version.text), ['1', '2', '3', '4']);
    assert.deepEqual(problems.map((p) => `${p.file.split('/').pop()}:${p.line} ${p.rule}`), ['bad_name.sql:1 invalid-file', '002_b.sql:1 parse-error', '003_c.sql:1 transaction-control']);
  });
});
