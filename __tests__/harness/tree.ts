import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

/** A throwaway repository: relative path -> file content. Removed when the test file ends. */
export function makeTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pg-promote-tree-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  writeTree(root, files);
  return root;
}

export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}

export function removeFile(root: string, rel: string): void {
  rmSync(path.join(root, rel));
}

/** A one-phase config named `app` over schema `app`, with optional extras. */
export function onePhaseConfig(extra = ''): string {
  return `phases:
  - name: app
    schema: app
    migrations: db/migrations/app
    down: db/migrations/DOWN/app
${extra}`;
}

/** The sample db/promotion.yml: the runbook's world (phases, gates, flags, boundary rule) lives there, not in code defaults. */
export const SAMPLE_CONFIG = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../db/promotion.yml'), 'utf8');

/** A throwaway repository configured by the sample db/promotion.yml, unless the files bring their own. */
export function withSampleConfig(files: Record<string, string | Buffer>): string {
  return makeTree({ 'db/promotion.yml': SAMPLE_CONFIG, ...files });
}

/** Top-level sections of the sample config as YAML, to add to a test's own config (onePhaseConfig's extra); `changes` replaces keys inside them. */
export function sampleSections(names: string[], changes: Record<string, Record<string, unknown>> = {}): string {
  const sample = parse(SAMPLE_CONFIG) as Record<string, Record<string, unknown>>;
  return stringify(Object.fromEntries(names.map((n) => [n, { ...sample[n], ...changes[n] }])), { lineWidth: 0 });
}
