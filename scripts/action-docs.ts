// Keeps the README's inputs/outputs tables in step with the actions' action.yml files.
// `npm run action-docs` rewrites them; the test suite fails when they differ.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ACTION_FILES = ['action.yml', 'boundary-check/action.yml'];

interface ActionYaml {
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();

export function actionTables(yamlText: string): string {
  const action = parse(yamlText) as ActionYaml;
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, i]) => `| \`${name}\` | ${i.required ? 'yes' : 'no'} | ${i.default === undefined ? '' : `\`${i.default}\``} | ${cell(i.description ?? '')} |`,
  );
  const outputs = Object.entries(action.outputs ?? {}).map(([name, o]) => `| \`${name}\` | ${cell(o.description ?? '')} |`);
  return [
    '| input | required | default | description |',
    '| --- | --- | --- | --- |',
    ...inputs,
    '',
    '| output | description |',
    '| --- | --- |',
    ...outputs,
  ].join('\n');
}

/** README with every marked block regenerated from its action.yml. */
export function renderReadme(root: string): string {
  let readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  for (const file of ACTION_FILES) {
    const abs = path.join(root, file);
    if (!existsSync(abs)) continue;
    const begin = `<!-- action-docs:${file} -->`;
    const end = `<!-- /action-docs:${file} -->`;
    const start = readme.indexOf(begin);
    const stop = readme.indexOf(end);
    if (start < 0 || stop < start) continue;
    readme = `${readme.slice(0, start + begin.length)}\n${actionTables(readFileSync(abs, 'utf8'))}\n${readme.slice(stop)}`;
  }
  return readme;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  writeFileSync(path.join(root, 'README.md'), renderReadme(root));
}
