/** The CLI bundle (dist/cli/index.js) as a user runs it. */
import { statSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLES, NODE24, runNode, stackLines, tempDir, useProbeServer } from './helpers.js';

const server = useProbeServer();

const cli = (args: string[], bin = process.execPath) => runNode(bin, BUNDLES.cli, args, {});
const quick = [
  '--probe-successes',
  '2',
  '--probe-interval',
  '20ms',
  '--probe-request-timeout',
  '2s',
  '--probe-timeout',
  '1s',
];

describe('CLI bundle', () => {
  it('is an executable with a node shebang', () => {
    expect(readFileSync(BUNDLES.cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(BUNDLES.cli).mode & 0o111).toBe(0o111);
  });

  it.each([
    ['node20', process.execPath],
    ['node24', NODE24],
  ])('run --json passes verify on %s: one JSON object on stdout, exit 0', async (_, bin) => {
    const r = await cli(
      [
        'run',
        '--stages',
        'verify',
        '--probe-urls',
        server.url('/ok'),
        ...quick,
        '--client-secret',
        'cli-s3cret-value',
        '--json',
      ],
      bin,
    );
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.status).toBe('succeeded');
    expect(result.outputs.verifyResult).toBe('passed');
    expect(result.outputValues).toMatchObject({ result: 'succeeded', 'verify-result': 'passed' });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('Probing 1 endpoint.');
    expect(r.stdout + r.stderr).not.toContain('cli-s3cret-value');
  });

  it('run prints the text report and exits 1 when verify fails', async () => {
    const r = await cli([
      'run',
      '--stages',
      'verify',
      '--probe-urls',
      server.url('/fail'),
      '--probe-failure-limit',
      '2',
      ...quick,
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^immutable-deploy: failed/);
    expect(r.stdout).toContain('verify failed: 1 of 1 probes failed');
    expect(stackLines(r.stdout + r.stderr)).toEqual([]);
  });

  it('--json on failure still prints one JSON object', async () => {
    const r = await cli([
      'run',
      '--stages',
      'verify',
      '--probe-urls',
      server.url('/fail'),
      '--probe-failure-limit',
      '1',
      ...quick,
      '--json',
    ]);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ status: 'failed', error: { kind: 'verify' }, outputs: { verifyResult: 'failed' } });
  });

  it('an unknown flag is a clear error with did-you-mean', async () => {
    const r = await cli(['run', '--stage', 'verify']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("unknown flag '--stage'; did you mean '--stages'?");
    expect(r.stdout).toBe('');
    expect(stackLines(r.stderr)).toEqual([]);
  });

  it('bad input lists every problem with --flag names, exit 1, no stack trace', async () => {
    const r = await cli(['run', '--stages', 'verify', '--probe-urls', 'ftp://x', '--dry-run=maybe', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2 inputs need fixing:');
    expect(r.stderr).toContain("input '--probe-urls': 'ftp://x' is not an http(s) URL");
    expect(r.stderr).toContain("input '--dry-run': 'maybe' is not a boolean");
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'failed', error: { kind: 'input' } });
    expect(stackLines(r.stdout + r.stderr)).toEqual([]);
  });

  it('--config reads inputs from YAML; flags override the file', async () => {
    const dir = tempDir('cli');
    const config = join(dir, 'deploy.yml');
    writeFileSync(
      config,
      `stages: verify\nprobe-urls:\n  - ${server.url('/fail')}\nprobe-successes: 1\nprobe-interval: 20ms\nprobe-timeout: 1s\n`,
    );
    const fromFile = await cli(['run', '--config', config, '--probe-failure-limit', '1', '--json']);
    expect(fromFile.code).toBe(1);
    const overridden = await cli(['run', '--config', config, '--probe-urls', server.url('/ok'), '--json']);
    expect(overridden.code, overridden.stderr).toBe(0);
    expect(JSON.parse(overridden.stdout).outputs.probeResults[0].url).toBe(server.url('/ok'));
    writeFileSync(config, 'stages: verify\nprobe-url: x\n');
    const typo = await cli(['run', '--config', config]);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain("has key 'probe-url', which is not an input; did you mean 'probe-urls'?");
  });

  it('--help lists every flag with its description and default', async () => {
    const r = await cli(['run', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--probe-urls <value>…');
    expect(r.stdout).toMatch(
      /--probe-interval <value>\n\s+Pause between probe attempts \(above 0, at most 1h\)\. \(default: 5s\)/,
    );
    expect(r.stdout).toContain('--client-secret <value> [secret]');
    expect(r.stdout).not.toContain('--azure-subscription');
    const top = await cli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('immutable-deploy run [--flags]');
  });

  it('plan runs the same inputs in plan mode; rollback runs the rollback stage (and checks its inputs)', async () => {
    const plan = await cli(['plan', '--stages', 'verify', '--probe-urls', server.url('/fail'), '--json']);
    expect(plan.code, plan.stderr).toBe(0); // a plan lists the checks; it runs none, so /fail cannot fail it
    const planned = JSON.parse(plan.stdout);
    expect(planned).toMatchObject({ status: 'succeeded', dryRun: true, outputValues: { 'verify-result': 'skipped' } });
    expect(JSON.stringify(planned.stages[0].items)).toContain('would check');
    const refused = await cli(['plan', '--dry-run', 'false']);
    expect(refused.code).toBe(1);
    const rollback = await cli(['rollback']);
    expect(rollback.code).toBe(1);
    expect(rollback.stderr).toContain("--resource-group': is required when stage 'rollback' runs");
  });

  it('exits 130 on SIGINT, reporting the run as cancelled', async () => {
    let pid = 0;
    const running = runNode(
      process.execPath,
      BUNDLES.cli,
      ['run', '--stages', 'verify', '--probe-urls', server.url('/slow'), '--probe-timeout', '30s', '--json'],
      {},
      { onSpawn: (p) => (pid = p) },
    );
    await new Promise((r) => setTimeout(r, 600));
    process.kill(pid, 'SIGINT');
    const r = await running;
    expect(r.code).toBe(130);
    expect(JSON.parse(r.stdout).status).toBe('cancelled');
  });
});
