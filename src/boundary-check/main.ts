import * as core from '@actions/core';
import { failStep } from '../action/fail-step.js';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BoundaryFinding, BoundaryReport } from '../boundary/types.js';
import { runEngine } from '../engine/index.js';
import type { EngineOptions } from '../engine/options.js';
import { formatErrorLine } from '../errors/format.js';
import { asPromoteError, usageError } from '../errors/promote-error.js';
import type { AnyResult } from '../result.js';
import { boundaryLines } from '../report/boundary-text.js';
import { formatBytes } from '../report/bytes.js';
import { plural } from '../report/plural.js';

/** GitHub shows at most 10 error annotations per step; the rest are counted in the summary. */
export const MAX_ANNOTATIONS = 10;
const MAX_SUMMARY_ROWS = 200;

const list = (text: string) =>
  text
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter(Boolean);

interface Inputs {
  options: EngineOptions;
  workspace: string;
}

/** The action's inputs (INPUT_* variables) as engine options; a bad one is a usage error naming it. */
export function readInputs(): Inputs {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const written = core.getInput('working-directory') || '.';
  const root = path.resolve(workspace, written);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw usageError(`input 'working-directory' does not exist: ${written}`, { key: 'working-directory' });
  }
  const inRoot = (name: string, mustExist: boolean): string | undefined => {
    const value = core.getInput(name).trim();
    if (!value) return undefined;
    if (mustExist && !existsSync(path.resolve(root, value))) throw usageError(`input '${name}' does not exist: ${value}`, { key: name });
    return value;
  };
  const sarif = core.getInput('sarif-file').trim() || path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), `pg-promote-boundary-${Date.now()}.sarif`);
  return {
    workspace,
    options: {
      command: 'boundary-check',
      root,
      configPath: inRoot('config', true),
      boundary: {
        paths: list(core.getInput('paths')),
        rulesFile: inRoot('rules-file', true),
        baseline: inRoot('baseline', true),
        sarif: path.resolve(root, sarif),
      },
    },
  };
}

/**
 * The boundary-check action: inputs in, the engine's boundary check, findings out as error
 * annotations (the most damaging first, at most ten), a job summary, SARIF and outputs.
 */
export async function run(): Promise<void> {
  let inputs: Inputs;
  try {
    inputs = readInputs();
  } catch (err) {
    failStep(err);
    return;
  }
  const result: AnyResult = await runEngine(inputs.options);
  const report = result.boundary;
  // Paths in annotations and SARIF are relative to the repository, not the working directory.
  const toRepo = (file: string) => path.relative(inputs.workspace, path.join(inputs.options.root, file)).split(path.sep).join('/');
  if (report?.sarifPath) rebaseSarif(report.sarifPath, toRepo);
  for (const line of boundaryLines(result)) core.info(line);
  setOutputs(result);
  const annotated = annotate(result, toRepo);
  if (process.env.GITHUB_STEP_SUMMARY) await writeSummary(result, toRepo, annotated);
  if (result.error && result.error.kind !== 'check') core.error(formatErrorLine(result.error), result.error.file ? { file: result.error.file, startLine: result.error.line } : undefined);
  else if (result.error) core.info(`boundary-check failed: ${result.error.message}`);
  process.exitCode = result.exitCode;
}

function setOutputs(result: AnyResult): void {
  const report = result.boundary;
  const resultPath = path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), `pg-promote-boundary-check-${Date.now()}.json`);
  writeFileSync(resultPath, `${JSON.stringify(result, null, 2)}\n`);
  core.setOutput('status', result.ok ? 'clean' : result.exitCode === 2 ? 'error' : 'findings');
  core.setOutput('findings-count', String(report?.findings.length ?? 0));
  core.setOutput('accepted-count', String(report?.accepted.length ?? 0));
  core.setOutput('files-scanned', String(report?.filesScanned ?? 0));
  if (report?.sarifPath) core.setOutput('sarif-file', report.sarifPath);
  core.setOutput('result-json', resultPath);
}

/** Error annotations for the first findings (already sorted most damaging first); returns how many. */
function annotate(result: AnyResult, toRepo: (file: string) => string): number {
  const findings = result.boundary?.findings ?? [];
  const shown = findings.slice(0, MAX_ANNOTATIONS);
  for (const f of shown) {
    core.error(`${f.kind} writes to protected ${f.object} (rule ${f.rule}). Move the write behind the owning app, or accept it with '// boundary-check: allow <reason>'.`, {
      title: `boundary-check: ${f.kind} into ${f.object}`,
      file: toRepo(f.file),
      startLine: f.line,
      startColumn: f.column,
      endColumn: f.endColumn,
    });
  }
  for (const warning of result.warnings.slice(0, MAX_ANNOTATIONS)) core.warning(warning, { title: 'boundary-check' });
  return shown.length;
}

async function writeSummary(result: AnyResult, toRepo: (file: string) => string, annotated: number): Promise<void> {
  const report: BoundaryReport | undefined = result.boundary;
  const summary = core.summary.addHeading(`pg-promote boundary-check: ${result.ok ? 'clean' : report && report.findings.length > 0 ? plural(report.findings.length, 'cross-boundary write') : 'error'}`, 2);
  if (result.error && result.error.kind !== 'check') summary.addCodeBlock(formatErrorLine(result.error));
  if (report) {
    const skipped = Object.entries(report.skipped).map(([reason, n]) => `${n} ${reason}`).join(', ') || 'none';
    summary.addRaw(
      `${plural(report.filesScanned, 'file')} scanned (${formatBytes(report.bytesScanned ?? 0)}, ${report.filesParsed ?? 0} looked at closely) in ${report.durationMs} ms. Skipped: ${skipped}.`,
      true,
    );
    if (report.rules) {
      summary.addTable([
        ['rule', 'paths', 'protected', 'files'].map((h) => ({ data: h, header: true })),
        ...report.rules.map((r) => [r.name, r.paths.join(', '), [...r.protectedSchemas.map((s) => `schema ${s}`), ...r.protectedPrefixes.map((p) => `${p}*`)].join(', '), String(r.files)]),
      ]);
    }
    if (report.findings.length > 0) {
      summary.addHeading('Findings', 3);
      summary.addTable([header(), ...report.findings.slice(0, MAX_SUMMARY_ROWS).map((f) => row(f, toRepo))]);
      const notAnnotated = report.findings.length - annotated;
      if (notAnnotated > 0) summary.addRaw(`${plural(notAnnotated, 'finding')} not shown as annotations (GitHub shows ${MAX_ANNOTATIONS} per step): see the table${report.findings.length > MAX_SUMMARY_ROWS ? ', the SARIF file' : ''} and the result JSON.`, true);
    }
    if (report.accepted.length > 0) {
      summary.addHeading('Accepted (not failing)', 3);
      summary.addTable([
        [...header(), { data: 'accepted by', header: true }, { data: 'reason', header: true }],
        ...report.accepted.slice(0, MAX_SUMMARY_ROWS).map((a) => [...row(a, toRepo), a.source === 'inline' ? 'inline marker' : 'baseline', a.reason]),
      ]);
    }
  }
  if (result.warnings.length > 0) summary.addList(result.warnings);
  await summary.write();
}

const header = () => ['location', 'kind', 'object', 'rule', 'found by'].map((h) => ({ data: h, header: true }));
const row = (f: BoundaryFinding, toRepo: (file: string) => string) => [`${toRepo(f.file)}:${f.line}:${f.column}`, f.kind, `<code>${escapeHtml(f.object)}</code>`, f.rule, f.via];
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** SARIF locations relative to the repository root, where code scanning looks for them. */
function rebaseSarif(file: string, toRepo: (rel: string) => string): void {
  try {
    const sarif = JSON.parse(readFileSync(file, 'utf8')) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    for (const run of sarif.runs) {
      for (const r of run.results) for (const l of r.locations) l.physicalLocation.artifactLocation.uri = encodeURI(toRepo(decodeURI(l.physicalLocation.artifactLocation.uri)));
    }
    writeFileSync(file, `${JSON.stringify(sarif, null, 2)}\n`);
  } catch (err) {
    core.warning(`could not make SARIF paths repository-relative: ${(err as Error).message}`);
  }
}
