/** The README's main command, `npm run demo -- --json`, run as a newcomer runs it. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBundles, ensureRuntimes, ROOT } from '../adapters/helpers.js';

interface DemoRun {
  release: string;
  exitCode: number;
  result: {
    status: string;
    outputValues: Record<string, string>;
    error?: { message: string };
    stages: { name: string; status: string }[];
  };
}

describe('npm run demo', () => {
  it('runs three releases on the emulator: live, rolled back, swapped', () => {
    ensureRuntimes();
    ensureBundles();
    const ran = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/demo.ts'), '--json'],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    expect(ran.status, ran.stderr).toBe(0);
    const [first, second, third] = JSON.parse(ran.stdout) as DemoRun[];

    expect(first!.result.stages.map((s) => `${s.name}:${s.status}`)).toEqual([
      'bake:succeeded',
      'publish:succeeded',
      'deploy:succeeded',
      'verify:succeeded',
      'cleanup:skipped',
    ]);
    // keep-versions 1 would retire 1.0.0, but it is previous on the target (instant rollback): kept.
    expect(first!.result.outputValues['kept-in-use']).toBe('1.0.0');
    expect(first!.result.outputValues).toMatchObject({
      'image-version': '1.0.1',
      baked: 'true',
      'active-slot': 'green',
      'previous-slot': 'blue',
      'verify-result': 'passed',
    });

    expect(second!.exitCode).toBe(1);
    expect(second!.result.outputValues).toMatchObject({
      'image-version': '1.0.2',
      'rolled-back': 'true',
      'active-slot': 'green',
    });
    expect(second!.result.error!.message).toMatch(/after the switch[\s\S]*rolled back: 1\.0\.1 is live again/);

    expect(third!.result.outputValues).toMatchObject({
      'image-version': '2.0.0',
      swapped: 'true',
      'verify-result': 'passed',
    });
    expect(ran.stdout + ran.stderr).not.toContain('demo-token');
  });
});
