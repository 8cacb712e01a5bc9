// Keeps action.yml's inputs in step with the commands' option tables (src/commands/), and the
// README's inputs/outputs tables in step with the actions' action.yml files.
// `npm run action-docs` rewrites both; the test suite fails when they differ.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { optionInputs } from '../src/action/inputs.js';
import { COMMAND_SPECS, usesGithub } from '../src/commands/index.js';
import { ACTION_INPUTS } from '../src/commands/shared.js';

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

/** action.yml's inputs block, from the commands' modules (src/commands/) and the action's own inputs. */
export function actionInputsYaml(): string {
  const runnable = COMMAND_SPECS.filter((c) => c.actionNames.length > 0);
  // The GitHub stages are less known than the database ones: each is said with its summary.
  const commands = runnable.filter((c) => !usesGithub(c)).flatMap((c) => c.actionNames);
  const stages = runnable.filter(usesGithub).flatMap((c) => c.actionNames.map((name) => `${name} (${c.summary})`));
  const inputs: Array<[string, { description: string; required?: boolean; default?: string }]> = [
    ['command', { description: `The stage to run: ${commands.slice(0, -1).join(', ')} or ${commands.at(-1)}; or ${stages.slice(0, -1).join(', ')} or ${stages.at(-1)}.`, required: true }],
    ...[...optionInputs()].map(([name, o]) => [name, { description: o.doc, default: o.actionDefault }] as [string, { description: string; default?: string }]),
    ...Object.entries(ACTION_INPUTS).filter(([name]) => name !== 'command'),
  ];
  const lines = ['inputs:'];
  for (const [name, input] of inputs) {
    lines.push(`  ${name}:`, `    description: ${JSON.stringify(input.description)}`, `    required: ${input.required ? 'true' : 'false'}`);
    if (input.default !== undefined) lines.push(`    default: ${JSON.stringify(input.default)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** action.yml with its inputs block regenerated. */
export function renderActionYml(root: string): string {
  const text = readFileSync(path.join(root, 'action.yml'), 'utf8');
  const start = text.indexOf('\ninputs:\n');
  const stop = text.indexOf('\noutputs:\n');
  return `${text.slice(0, start + 1)}${actionInputsYaml()}${text.slice(stop + 1)}`;
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
  writeFileSync(path.join(root, 'action.yml'), renderActionYml(root));
  writeFileSync(path.join(root, 'README.md'), renderReadme(root));
}
