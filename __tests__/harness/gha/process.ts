import { spawn } from 'node:child_process';
import type { Cancellation } from './cancellation.js';

/**
 * Runs one step's process: every line of stdout and stderr goes to `line` (the runner reads
 * workflow commands on both). Cancelling sends SIGINT, then SIGTERM 2.5 s later, to the whole
 * process group, as the runner does (after 7.5 s there; shorter here to keep tests quick).
 */
export function runProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; cancellation: Cancellation; line: (text: string) => void; groups: Set<number> },
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid) options.groups.add(child.pid);
    const buffers = { out: '', err: '' };
    const feed = (key: 'out' | 'err', chunk: string) => {
      buffers[key] += chunk;
      const lines = buffers[key].split('\n');
      buffers[key] = lines.pop()!;
      for (const l of lines) options.line(l);
    };
    child.stdout.setEncoding('utf8').on('data', (c: string) => feed('out', c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => feed('err', c));
    let timer: NodeJS.Timeout | undefined;
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, name);
      } catch {
        // already gone
      }
    };
    const stop = options.cancellation.onCancel(() => {
      signal('SIGINT');
      timer = setTimeout(() => signal('SIGTERM'), 2500);
    });
    child.on('error', (error) => {
      options.line(`##[error]${error.message}`);
      stop();
      resolve(127);
    });
    child.on('close', (code, sig) => {
      stop();
      if (timer) clearTimeout(timer);
      for (const rest of [buffers.out, buffers.err]) if (rest) options.line(rest);
      resolve(code ?? (sig ? 128 + 2 : 1));
    });
  });
}

/** What the runner does when a job ends: "Cleaning up orphan processes" a step left running. */
export function killOrphans(groups: Set<number>): void {
  for (const group of groups) {
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // the group is already gone
    }
  }
}
