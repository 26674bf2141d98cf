/**
 * SIGKILL at a write: the CLI from source (`node --import tsx src/cli/index.ts run …`) against the
 * emulator of this process, killed with SIGKILL once `atWrite()` sees the write in flight.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../adapters/helpers.js';
import { azureInputs } from '../stages-deploy/harness.js';
import type { Harness } from '../emulator-deploy/helpers.js';

export interface Killed {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/** Never longer than this: the child is killed anyway (and the cell then fails on its signal check). */
const LIMIT_MS = 30_000;

export function killAtWrite(h: Harness, inputs: Record<string, string>, atWrite: () => boolean): Promise<Killed> {
  const flags = Object.entries({ ...azureInputs(h), ...inputs }).flatMap(([k, v]) => [`--${k}`, v]);
  const child = spawn(process.execPath, ['--import=tsx', join(ROOT, 'src/cli/index.ts'), 'run', ...flags], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const started = Date.now();
  const watch = setInterval(() => {
    if (atWrite() || Date.now() - started > LIMIT_MS) {
      clearInterval(watch);
      child.kill('SIGKILL');
    }
  }, 2);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(watch);
      resolve({ code, signal, stderr });
    });
  });
}
