/**
 * The emulator as a rehearsal stage, driven from outside only: the emulator runs as its own process
 * (`immutable-deploy emulator --world demo`), releases run as CLI processes, and faults, health and
 * the request log go through the `emulator` verbs, i.e. the control API. Nothing here touches the
 * emulator in-process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '../../src/emulator/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'src/cli/index.ts');
const dir = mkdtempSync(join(tmpdir(), 'emu-control-'));
const connection = ['--connection-file', join(dir, 'emulator.json')];

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `immutable-deploy ARGS` as its own process (through tsx, no bundle needed). */
function cli(args: string[]): Promise<Ran> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

async function emulatorVerb(...args: string[]): Promise<string> {
  const ran = await cli(['emulator', ...args, ...connection]);
  if (ran.code !== 0) throw new Error(`emulator ${args.join(' ')} exited ${ran.code}: ${ran.stderr}`);
  return ran.stdout;
}

interface RunJson {
  status: string;
  outputValues: Record<string, string>;
}

async function release(config: string, version: string): Promise<{ code: number | null; result: RunJson }> {
  const ran = await cli(['run', '--config', config, '--stages', 'deploy,verify', '--image-version', version, '--json']);
  return { code: ran.code, result: JSON.parse(ran.stdout) as RunJson };
}

let emulator: ChildProcess | undefined;

beforeAll(async () => {
  emulator = spawn(
    process.execPath,
    ['--import', 'tsx', CLI, 'emulator', '--world', 'demo', '--time-scale', '2000', ...connection],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const first = await new Promise<string>((done, reject) => {
    createInterface({ input: emulator!.stdout! }).once('line', done);
    emulator!.once('exit', (code) => reject(new Error(`the emulator exited ${code}`)));
  });
  expect(JSON.parse(first)).toMatchObject({
    endpoint: expect.stringMatching(/^https:\/\/127\.0\.0\.1:\d+$/),
    world: 'demo',
  });
}, 30_000);

afterAll(async () => {
  if (!emulator || emulator.exitCode !== null) return;
  const exited = new Promise((done) => emulator!.once('exit', done));
  emulator.kill('SIGTERM');
  await exited;
});

describe('rehearsing a release through the control API', () => {
  it('goes live, then rolls back a version that turns unhealthy on live traffic, and the log shows why', async () => {
    const config = join(dir, 'web.yaml');
    writeFileSync(config, await emulatorVerb('config', 'web'));

    const first = await release(config, '2.0.0');
    expect(first.code).toBe(0);
    expect(first.result.outputValues).toMatchObject({ 'image-version': '2.0.0', 'active-slot': 'green' });
    const { next: cursor } = JSON.parse(await emulatorVerb('requests', '--json')) as { next: number };

    // The drill: 3.0.0 fails once it takes traffic; two scale set reads meet a 503 on the way.
    await Promise.all([
      emulatorVerb('health', 'unhealthy', '--version', '3.0.0', '--when', 'live'),
      emulatorVerb(
        'fault',
        'add',
        '--operation',
        'VirtualMachineScaleSets_Get',
        '--status',
        '503',
        '--times',
        '2',
        '--id',
        'drill',
      ),
    ]);
    const second = await release(config, '3.0.0');
    expect(second.code).toBe(1);
    expect(second.result.outputValues).toMatchObject({ 'rolled-back': 'true', 'active-slot': 'green' });

    const { requests } = JSON.parse(await emulatorVerb('requests', '--since', String(cursor), '--json')) as {
      requests: RequestLogEntry[];
    };
    expect(requests.every((r) => r.seq > cursor)).toBe(true);
    const faulted = requests.filter((r) => r.faults?.includes('unavailable'));
    expect(faulted.map((r) => [r.operation, r.status])).toEqual([
      ['VirtualMachineScaleSets_Get', 503],
      ['VirtualMachineScaleSets_Get', 503],
    ]);
    // The switch to blue and the switch back: the last load balancer PUT points live at green again.
    const lbPuts = requests.filter((r) => r.operation === 'LoadBalancers_CreateOrUpdate');
    expect(lbPuts.length).toBeGreaterThanOrEqual(2);
    const liveUrl = /^live-url: (\S+)$/m.exec(readFileSync(config, 'utf8'))![1]!;
    const live = (await (await fetch(liveUrl)).json()) as { version: string; scaleSet: string };
    expect(live).toMatchObject({ version: '2.0.0', scaleSet: 'web-green' });
  }, 40_000);
});
