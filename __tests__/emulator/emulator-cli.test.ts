/**
 * `immutable-deploy emulator` in-process: option parsing and help, world files (loader and JSON
 * Schema agree; errors name file and field, never the content), and every verb against a running
 * emulator's control API.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ResourceManagementClient } from '@azure/arm-resources';
import { armClientOptions } from '../../src/azure/transport.js';
import { callControl } from '../../src/emulator/control-api.js';
import { durationSeconds, parseEmulatorArgs, runEmulatorCommand } from '../../src/emulator/cli.js';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { loadWorldFile, WorldError } from '../../src/emulator/world.js';
import { DEMO_WORLD_YAML } from '../../src/emulator/world-demo.js';
import { credential } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'emu-cli-'));
const schema = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../schema/emulator-world.schema.json'), 'utf8'),
) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** Runs `immutable-deploy emulator ARGV` in this process and returns what it printed on stdout. */
async function emulatorCommand(argv: string[]): Promise<string> {
  let printed = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed += String(chunk);
    return true;
  });
  try {
    await runEmulatorCommand(argv);
  } finally {
    spy.mockRestore();
  }
  return printed;
}

describe('emulator options and help', () => {
  it('parses the start options with node:util parseArgs', () => {
    expect(
      parseEmulatorArgs(['--world', 'demo', '--port=0', '--time-scale', '500', '--connection-file', '/tmp/c.json']),
    ).toEqual({
      worldName: 'demo',
      port: 0,
      timeScale: 500,
      connectionFile: '/tmp/c.json',
    });
    expect(parseEmulatorArgs(['--help'])).toEqual({ help: true });
    expect(() => parseEmulatorArgs(['--port'])).toThrow(/^missing value for --port/);
    expect(() => parseEmulatorArgs(['--tim-scale', '2'])).toThrow(/^unknown option --tim-scale/);
    expect(() => parseEmulatorArgs(['--seed', 'x'])).toThrow('--seed expects a number');
  });

  it('prints help for the command and every verb, naming each flag it accepts', async () => {
    const help = await emulatorCommand(['--help']);
    for (const flag of ['--world', '--port', '--time-scale', '--state', '--page-size', '--seed', '--connection-file'])
      expect(help).toContain(flag);
    for (const verb of ['info', 'config', 'world', 'fault', 'health', 'time', 'requests', 'reset'])
      expect(help).toMatch(new RegExp(`^  ${verb}`, 'm'));
    const verbs: Record<string, string[]> = {
      fault: [
        '--operation',
        '--method',
        '--path',
        '--kind',
        '--status',
        '--times',
        '--skip',
        '--retry-after',
        '--latency',
        '--error-code',
        '--error-message',
        '--id',
      ],
      health: ['--version', '--when'],
      time: ['--scale', '--advance'],
      requests: ['--since', '--writes', '--json'],
      config: ['--endpoint', '--ca-file', '--connection-file'],
      reset: ['--connection-file'],
      info: ['--json'],
      world: ['NAME|FILE'],
    };
    for (const [verb, flags] of Object.entries(verbs)) {
      const text = await emulatorCommand([verb, '--help']);
      expect(text, verb).toMatch(new RegExp(`^Usage: immutable-deploy emulator ${verb}`));
      for (const flag of flags) expect(text, `${verb} ${flag}`).toContain(flag);
    }
    expect(await emulatorCommand(['fault', 'add', '--help'])).toContain('--operation ID');
  });

  it('reads durations for time --advance', () => {
    expect([
      durationSeconds('90'),
      durationSeconds('90s'),
      durationSeconds('10m'),
      durationSeconds('2h'),
      durationSeconds('500ms'),
    ]).toEqual([90, 90, 600, 7200, 0.5]);
    expect(() => durationSeconds('soon')).toThrow(/duration/);
  });
});

describe('world files', () => {
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const demo = parse(DEMO_WORLD_YAML) as Record<string, unknown> & { targets: Record<string, unknown>[] };

  it('the built-in demo world is valid for the loader and the schema', () => {
    expect(validate(demo), JSON.stringify(validate.errors)).toBe(true);
    const world = loadWorldFile(write('demo.yaml', DEMO_WORLD_YAML));
    expect(world.targets.map((t) => [t.name, t.strategy])).toEqual([
      ['web', 'blue-green'],
      ['api', 'rolling'],
      ['shop', 'slot-swap'],
    ]);
  });

  const bad: [string, (w: typeof demo) => void, RegExp][] = [
    [
      'a misspelt field',
      (w) => void (w.targets[0]!['capcity'] = 3),
      /targets\[0\]\.capcity: unknown field; did you mean 'capacity'\?/,
    ],
    [
      'a version that is not Major.Minor.Patch',
      (w) => void (w.targets[1]!['version'] = 'latest-secret-x1'),
      /targets\[1\]\.version: must be a version Major\.Minor\.Patch/,
    ],
    [
      'an unknown strategy',
      (w) => void (w.targets[2]!['strategy'] = 'canary'),
      /targets\[2\]\.strategy: must be one of rolling, blue-green, slot-swap/,
    ],
    ['a missing resource group', (w) => void delete w['resourceGroup'], /resourceGroup: is required/],
    [
      'a capacity out of range',
      (w) => void (w.targets[0]!['capacity'] = 0),
      /targets\[0\]\.capacity: must be a whole number from 1 to 100/,
    ],
  ];
  it.each(bad)('refuses %s, naming file and field, and so does the schema', (_name, change, message) => {
    const world = structuredClone(demo);
    change(world);
    const file = write('bad.json', JSON.stringify(world));
    expect(() => loadWorldFile(file)).toThrow(WorldError);
    expect(() => loadWorldFile(file)).toThrow(
      new RegExp(`^world file ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${message.source}`),
    );
    expect(() => loadWorldFile(file)).not.toThrow(/secret-x1|canary/);
    expect(validate(world)).toBe(false);
  });

  it('reports broken YAML by position only, never quoting the file', () => {
    const file = write('broken.yaml', 'name: demo\ntargets: [\n  token: hunter2-secret\n');
    expect(() => loadWorldFile(file)).toThrow(
      /^world file .*broken\.yaml: not valid YAML at line \d+, column \d+ \(\w+\)$/,
    );
    expect(() => loadWorldFile(file)).not.toThrow(/hunter2/);
    expect(() => loadWorldFile(join(dir, 'missing.yaml'))).toThrow(/missing\.yaml: cannot be read \(ENOENT\)/);
  });

  it('checks a file with the world verb and prints the built-in one', async () => {
    expect(await emulatorCommand(['world', 'demo'])).toBe(DEMO_WORLD_YAML);
    expect(await emulatorCommand(['world', write('ok.yaml', DEMO_WORLD_YAML)])).toMatch(
      /world 'demo', 3 target\(s\): web \(blue-green\), api \(rolling\), shop \(slot-swap\)/,
    );
  });
});

describe('the verbs against a running emulator', () => {
  let emu: Emulator;
  const conn = () => ['--connection-file', join(dir, 'conn.json')];
  const api = () => ({ endpoint: emu.endpoint, caPem: emu.caPem });

  beforeAll(async () => {
    emu = await startEmulator({ timeScale: 1000, seed: 3 });
    writeFileSync(join(dir, 'conn.json'), JSON.stringify({ endpoint: emu.endpoint, caFile: emu.caFile }));
  });
  afterAll(() => emu.close());

  it('adds, lists, removes and clears faults, which then fire on matching requests only', async () => {
    expect(
      await emulatorCommand([
        'fault',
        'add',
        '--operation',
        'ResourceGroups_Get',
        '--kind',
        'throttle',
        '--times',
        '1',
        '--retry-after',
        '3',
        ...conn(),
      ]),
    ).toBe('added fault-1\n');
    expect(
      await emulatorCommand([
        'fault',
        'add',
        '--method',
        'DELETE',
        '--path',
        '/subscriptions/*/resourceGroups/**',
        '--kind',
        'lro-failed',
        '--error-code',
        'Boom',
        '--skip',
        '1',
        ...conn(),
      ]),
    ).toBe('added fault-2\n');
    expect(await emulatorCommand(['fault', 'list', ...conn()])).toBe(
      'fault-1: throttle on ResourceGroups_Get (1 time(s))\nfault-2: lro-failed on DELETE /subscriptions/*/resourceGroups/** (after 1, every time)\n',
    );
    expect(emu.control.context.faults[1]).toMatchObject({ kind: 'lro-failed', skip: 1, error: { code: 'Boom' } });
    expect(await emulatorCommand(['fault', 'remove', 'fault-2', ...conn()])).toBe('removed fault-2\n');

    const groups = new ResourceManagementClient(
      credential,
      emu.subscriptionId,
      armClientOptions({ endpoint: emu.endpoint, caFile: emu.caFile }),
    );
    await expect(groups.resourceGroups.get('rg-none')).rejects.toMatchObject({ statusCode: 404 });
    await expect(groups.resourceGroups.get('rg-none')).rejects.toMatchObject({ statusCode: 404 });
    const gets = emu.requests.filter((r) => r.operation === 'ResourceGroups_Get');
    expect(gets.map((r) => [r.status, r.faults])).toEqual([
      [429, ['throttle']],
      [404, undefined],
      [404, undefined],
    ]);
    expect(await emulatorCommand(['fault', 'clear', ...conn()])).toBe('cleared 1 fault(s)\n');
    await expect(emulatorCommand(['fault', 'remove', 'fault-9', ...conn()])).rejects.toThrow("no fault 'fault-9'");
  });

  it('refuses bad rules and unknown operations with the API error', async () => {
    await expect(callControl(api(), 'POST', '/faults', { kind: 'explode', operation: 'X' })).rejects.toThrow(
      /kind must be one of throttle/,
    );
    await expect(callControl(api(), 'POST', '/faults', { kind: 'throttle' })).rejects.toThrow(
      /needs operation, method or path/,
    );
    await expect(callControl(api(), 'POST', '/faults', { status: 404, operation: 'X' })).rejects.toThrow(
      /status must be one of 403, 409, 429, 500, 503/,
    );
    await expect(callControl(api(), 'POST', '/faults', { kind: 'throttle', operation: 'X', tims: 2 })).rejects.toThrow(
      "unknown fault field 'tims'",
    );
    await expect(callControl(api(), 'GET', '/nothing')).rejects.toThrow(
      /no control operation GET \/_emulator\/nothing/,
    );
    await expect(emulatorCommand(['health', 'unhealthy', ...conn()])).rejects.toThrow(/--version is required/);
    await expect(emulatorCommand(['fault', 'add', '--bogus', ...conn()])).rejects.toThrow(/^unknown option --bogus/);
  });

  it('scripts health, moves time, reads and resets the request log; control calls are not logged', async () => {
    expect(await emulatorCommand(['health', 'unhealthy', '--version', '2.0.0', ...conn()])).toBe(
      'health-1: 2.0.0 unhealthy from now on\n',
    );
    expect(await emulatorCommand(['health', 'failing', '--version', '3.0.0', ...conn()])).toMatch(
      /^health-2: 3\.0\.0 failing/,
    );
    expect(await emulatorCommand(['health', 'list', ...conn()])).toBe(
      'health-1: 2.0.0 unhealthy (now, active)\nhealth-2: 3.0.0 failing (now, active)\n',
    );
    expect(await emulatorCommand(['health', 'clear', ...conn()])).toBe('cleared 2 health rule(s)\n');

    const before = emu.control.now().getTime();
    const moved = JSON.parse(
      await emulatorCommand(['time', '--advance', '10m', '--scale', '50', '--json', ...conn()]),
    ) as { now: string; timeScale: number };
    expect(moved.timeScale).toBe(50);
    expect(Date.parse(moved.now) - before).toBeGreaterThanOrEqual(600_000);

    const { requests, next } = (await callControl(api(), 'GET', '/requests?since=0')) as {
      requests: unknown[];
      next: number;
    };
    expect(requests.length).toBe(next);
    expect(emu.requests.some((r) => r.path.startsWith('/_emulator'))).toBe(false);
    expect(await emulatorCommand(['reset', ...conn()])).toMatch(/cleared/);
    expect(await emulatorCommand(['requests', ...conn()])).toBe('(next: --since 0)\n');
  });

  it('explains how to find the emulator when there is none', async () => {
    await expect(emulatorCommand(['fault', 'list', '--connection-file', join(dir, 'nobody.json')])).rejects.toThrow(
      /no running emulator recorded in .*nobody\.json/,
    );
    await expect(emulatorCommand(['fault', 'list', '--endpoint', emu.endpoint])).rejects.toThrow(
      '--endpoint needs --ca-file',
    );
    expect(await emulatorCommand(['fault', 'list', '--endpoint', emu.endpoint, '--ca-file', emu.caFile])).toBe(
      'no faults\n',
    );
    await expect(emulatorCommand(['config', 'web', ...conn()])).rejects.toThrow(/started without --world/);
  });
});
