import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './cli.js';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Runs an action bundle (dist/index.js unless `entry` names another) the way the runner does:
 * inputs as INPUT_* variables, and the files GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_ENV,
 * with GITHUB_WORKSPACE as the checkout.
 */
export function runAction(workspace: string, inputs: Record<string, string>, entry = 'dist/index.js', extraEnv: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  const files = mkdtempSync(path.join(os.tmpdir(), 'pg-promote-runner-'));
  const outputFile = path.join(files, 'output');
  const summaryFile = path.join(files, 'summary');
  const envFile = path.join(files, 'env');
  for (const f of [outputFile, summaryFile, envFile]) writeFileSync(f, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ENV: envFile,
    RUNNER_TEMP: files,
    GITHUB_ACTIONS: 'true',
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve(REPO_ROOT, entry)], { cwd: workspace, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code: code ?? -1, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') }),
    );
  });
}

/** GITHUB_OUTPUT uses heredoc blocks: name<<DELIMITER\nvalue\nDELIMITER. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}
