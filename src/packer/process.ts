import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import type { Sleep } from '../core/ports.js';

export interface PackerProcessOptions {
  file: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** How long Packer may clean up after SIGINT before it is killed. */
  cancelGraceMs: number;
  sleep: Sleep;
  onStdoutLine(line: string): void;
  onStderrLine(line: string): void;
  /** Called once when the abort signal fires and SIGINT has been sent. */
  onCancelling?(): void;
}

export interface PackerProcessOutcome {
  exitCode: number | null;
  exitSignal: NodeJS.Signals | null;
  /** The abort signal fired while Packer ran. */
  cancelled: boolean;
  /** Packer did not stop within the grace period and was killed. */
  killed: boolean;
}

/** How long to wait for Packer's output pipes to close after it exited (orphans may hold them). */
const PIPE_DRAIN_MS = 2_000;

/** Raised when the binary cannot be started at all (ENOENT, EACCES). */
export class SpawnError extends Error {
  constructor(
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Runs Packer in its own process group and streams its output line by line.
 *
 * On abort the whole group gets SIGINT, as a terminal's Ctrl-C would: Packer's wrapper
 * process does not forward SIGINT to the real Packer process (panicwrap forwards only
 * SIGTERM), and a SIGTERM to Packer alone leaves shell-local scripts running as orphans.
 * If Packer has not exited after `cancelGraceMs`, the group is killed.
 */
export function runPackerProcess(options: PackerProcessOptions): Promise<PackerProcessOutcome> {
  const ownGroup = process.platform !== 'win32';
  return new Promise((resolvePromise, reject) => {
    const child = spawn(options.file, options.args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: ownGroup,
      windowsHide: true,
    });
    let cancelled = false;
    let killed = false;
    let exited = false;
    const graceOver = new AbortController();

    const signalGroup = (signal: NodeJS.Signals): void => {
      try {
        if (ownGroup && child.pid !== undefined) process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch {
        // Already gone.
      }
    };

    const onAbort = (): void => {
      if (exited || cancelled) return;
      cancelled = true;
      signalGroup('SIGINT');
      options.onCancelling?.();
      options.sleep(options.cancelGraceMs, graceOver.signal).then(
        () => {
          if (!exited) {
            killed = true;
            signalGroup('SIGKILL');
          }
        },
        () => undefined, // Packer exited in time.
      );
    };

    const stdoutDone = pumpLines(child.stdout, options.onStdoutLine);
    const stderrDone = pumpLines(child.stderr, options.onStderrLine);

    child.once('error', (error: NodeJS.ErrnoException) => {
      options.signal?.removeEventListener('abort', onAbort);
      graceOver.abort();
      if (!exited) reject(new SpawnError(error.code, error.message));
    });

    child.once('exit', (exitCode, exitSignal) => {
      exited = true;
      options.signal?.removeEventListener('abort', onAbort);
      graceOver.abort();
      const drained = Promise.all([stdoutDone, stderrDone]);
      const drainTimer = new AbortController();
      Promise.race([drained, options.sleep(PIPE_DRAIN_MS, drainTimer.signal).catch(() => undefined)]).then(() => {
        drainTimer.abort();
        child.stdout.destroy();
        child.stderr.destroy();
        resolvePromise({ exitCode, exitSignal, cancelled, killed });
      }, reject);
    });

    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Calls `onLine` for each line of a stream (CRLF-tolerant); resolves when the stream ends. */
export function pumpLines(stream: Readable, onLine: (line: string) => void): Promise<void> {
  return new Promise((resolvePromise) => {
    const decoder = new StringDecoder('utf8');
    let pending = '';
    const emit = (text: string, final: boolean): void => {
      const lines = (pending + text).split('\n');
      pending = lines.pop() ?? '';
      if (final && pending !== '') lines.push(pending);
      if (final) pending = '';
      for (const line of lines) onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
    };
    stream.on('data', (chunk: Buffer) => emit(decoder.write(chunk), false));
    const finish = (): void => {
      emit(decoder.end(), true);
      resolvePromise();
    };
    stream.once('end', finish);
    stream.once('close', finish);
  });
}
