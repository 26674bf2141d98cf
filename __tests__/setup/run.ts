/**
 * Vitest global set-up. Says in one line when the Packer tests will skip (see
 * __tests__/packer/real-packer.ts); removes the run's temporary folder (vitest.config.ts) when the
 * run ends, and those of earlier runs that were killed.
 */
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ENABLE_PACKER_TESTS, inCi, REAL_PACKER } from '../packer/real-packer.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export default function setup(): () => void {
  if (!REAL_PACKER && !inCi()) process.stderr.write(`${ENABLE_PACKER_TESTS}\n`);
  const runTmp = process.env['TMPDIR'] ?? '';
  if (!basename(runTmp).startsWith('run-')) return () => undefined;
  const parent = dirname(runTmp);
  for (const name of readdirSync(parent)) {
    const pid = Number(/^run-(\d+)$/.exec(name)?.[1]);
    if (pid && !alive(pid)) rmSync(join(parent, name), { recursive: true, force: true });
  }
  return () => rmSync(runTmp, { recursive: true, force: true });
}
