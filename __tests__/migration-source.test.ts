import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { loadConfig } from '../src/config/load.js';
import { PromoteError } from '../src/errors/promote-error.js';
import { listPhase } from '../src/lint/discover.js';
import { discoverPhase } from '../src/migrate/source.js';
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
});
