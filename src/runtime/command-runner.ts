/**
 * The CommandRunner port on child_process.spawn: an argv array, no shell (nothing is expanded or
 * interpreted), stdin closed, the output's tail kept for messages (and stdout kept whole, up to a
 * limit, when the caller asks: a compiler's output). At the timeout or when the run
 * is cancelled the process gets SIGTERM, then SIGKILL 5 s later.
 */
import { spawn } from 'node:child_process';
import type { CommandResult, CommandRunner } from '../core/ports.js';

const TAIL = 4096;
const KILL_GRACE_MS = 5000;

export function createCommandRunner(options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CommandRunner {
  return {
    run(argv, { timeoutMs, signal, stdoutLimit }) {
      const started = Date.now();
      return new Promise<CommandResult>((resolve) => {
        let tail = '';
        const out: Buffer[] = [];
        let outBytes = 0;
        let outCut = false;
        const capture = (chunk: Buffer) => {
          if (stdoutLimit === undefined || outCut) return;
          if (outBytes + chunk.length > stdoutLimit) {
            outCut = true;
            return;
          }
          out.push(chunk);
          outBytes += chunk.length;
        };
        let timedOut = false;
        let settled = false;
        const keep = (chunk: Buffer) => {
          tail = (tail + chunk.toString('utf8')).slice(-TAIL);
        };
        const finish = (result: Omit<CommandResult, 'outputTail' | 'durationMs' | 'timedOut'>) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          clearTimeout(killer);
          signal.removeEventListener('abort', stop);
          const captured =
            stdoutLimit === undefined
              ? {}
              : { stdout: Buffer.concat(out).toString('utf8'), ...(outCut ? { stdoutTruncated: true } : {}) };
          resolve({ ...result, ...captured, timedOut, outputTail: tail.trimEnd(), durationMs: Date.now() - started });
        };
        const [command, ...args] = argv;
        if (!command) return finish({ exitCode: null, startError: 'no command given' });
        const child = spawn(command, args, {
          shell: false,
          stdio: ['ignore', 'pipe', 'pipe'],
          cwd: options.cwd,
          env: options.env ?? process.env,
          windowsHide: true,
        });
        let killer: NodeJS.Timeout | undefined;
        const stop = () => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          killer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
          killer.unref();
        };
        const timer = setTimeout(
          () => {
            timedOut = true;
            stop();
          },
          Math.max(1, timeoutMs),
        );
        if (signal.aborted) stop();
        else signal.addEventListener('abort', stop, { once: true });
        child.stdout.on('data', stdoutLimit === undefined ? keep : capture);
        child.stderr.on('data', keep);
        child.on('error', (err) => finish({ exitCode: null, startError: err.message }));
        child.on('close', (code) => finish({ exitCode: code }));
      });
    },
  };
}
