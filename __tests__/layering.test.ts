import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from './harness/cli.js';

// Only the adapters and the engine may import the engine or the command modules: a capability
// (backup, windows, review, migrate, report, ...) gets resolved settings, never the engine's options.
const MAY_IMPORT = ['engine', 'commands', 'cli', 'action', 'boundary-check'];

test('no capability imports src/engine or src/commands', () => {
  const src = path.join(REPO_ROOT, 'src');
  const offenders: string[] = [];
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = path.relative(src, path.join(entry.parentPath, entry.name));
    if (MAY_IMPORT.includes(file.split(path.sep)[0]!)) continue;
    const text = readFileSync(path.join(src, file), 'utf8');
    if (/from '(?:\.\.\/|\.\/)+(?:engine|commands)\//.test(text)) offenders.push(file);
  }
  assert.deepEqual(offenders, []);
});

test('errors are told apart by class or SQLSTATE, never by their name or message text', () => {
  const src = path.join(REPO_ROOT, 'src');
  const offenders: string[] = [];
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    if (/name === 'PromoteError'|Connection terminated|not queryable/.test(text)) offenders.push(path.relative(src, file));
  }
  assert.deepEqual(offenders, []);
});

test("a command's body returns its report: none fills it in on its context", () => {
  const engine = path.join(REPO_ROOT, 'src/engine');
  const offenders = readdirSync(engine).filter((f) => f.endsWith('.ts') && /\bctx\.result\b/.test(readFileSync(path.join(engine, f), 'utf8')));
  assert.deepEqual(offenders, []);
});
