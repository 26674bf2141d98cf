/**
 * The real Packer the bake tests run (Debian's 1.6.6 in CI). `npm test` installs it where it can
 * (scripts/setup-runtimes.mjs: apt-get as root); elsewhere the tests that need it skip, and the
 * global set-up (__tests__/setup/packer.ts) prints one line saying how to enable them. Under
 * CI=true they never skip: they fail, saying Packer is missing.
 */
import { execFileSync } from 'node:child_process';

/** Absolute path of `packer` on PATH, or undefined. */
export function findPacker(): string | undefined {
  try {
    return execFileSync('sh', ['-c', 'command -v packer'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export const inCi = (): boolean => ['true', '1'].includes((process.env['CI'] ?? '').toLowerCase());

export const REAL_PACKER = findPacker();

export const ENABLE_PACKER_TESTS =
  'Packer tests skipped: packer is not on PATH. To run them, install Packer ' +
  '(sudo apt-get install packer, or https://developer.hashicorp.com/packer/install) and run npm test again.';
