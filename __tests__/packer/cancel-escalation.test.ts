import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isPackerError, runPackerBake } from '../../src/packer/index.js';
import { FIXTURES, RecordingLogger } from './helpers.js';

/**
 * A stand-in packer that ignores SIGINT (as a hung Packer would) and runs a child, to check
 * that after the grace period the whole process group is killed.
 */
const STUBBORN_PACKER = `#!/bin/sh
case "$*" in
  *version*) echo "1,,version,1.6.6"; exit 0 ;;
  validate*) exit 0 ;;
esac
trap '' INT
sleep 30 &
echo "1,,ui,say,stubborn child $!"
wait
`;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Running, and not a zombie waiting for init to reap it. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe.skipIf(process.platform === 'win32')('cancel escalation', () => {
  it('kills Packer and its children when it ignores SIGINT past the grace period', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stubborn-packer-'));
    dirs.push(dir);
    const packerPath = join(dir, 'packer');
    writeFileSync(packerPath, STUBBORN_PACKER);
    chmodSync(packerPath, 0o755);

    const logger = new RecordingLogger();
    const controller = new AbortController();
    const bake = runPackerBake({
      template: join(FIXTURES, 'hcl2-basic'),
      packerPath,
      logger,
      signal: controller.signal,
      cancelGraceMs: 200,
    }).catch((e: unknown) => e);
    await logger.waitFor((m) => m.startsWith('stubborn child '));
    const childPid = Number(/stubborn child (\d+)/.exec(logger.text)?.[1]);
    controller.abort();

    const error = await bake;
    expect(isPackerError(error, 'cancelled')).toBe(true);
    expect((error as Error).message).toContain('was killed');
    // SIGKILL went to the whole group; the orphaned child disappears once it is reaped.
    await vi.waitFor(() => expect(isAlive(childPid)).toBe(false), { timeout: 5_000 });
  });
});
