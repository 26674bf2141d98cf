import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ResourceManagementClient } from '@azure/arm-resources';
import { afterEach, describe, expect, it } from 'vitest';
import { armClientOptions } from '../../src/azure/transport.js';
import { parseEmulatorArgs } from '../../src/emulator/cli.js';
import { POLL, credential, startHarness } from './helpers.js';
import { LOCATION, seedGallery } from './fixtures.js';

const tempState = (): string => join(mkdtempSync(join(tmpdir(), 'emu-state-')), 'state.json');

describe('state persistence', () => {
  it('reloads resources saved by a previous emulator', async () => {
    const statePath = tempState();
    const first = await startHarness({ statePath });
    await seedGallery(first, 'rg-keep', 'galkeep', 'img');
    await first.compute.galleryImageVersions.createOrUpdate(
      'rg-keep',
      'galkeep',
      'img',
      '1.0.0',
      {
        location: LOCATION,
        storageProfile: { source: { id: (await first.compute.images.get('rg-keep', 'img-managed')).id! } },
      },
      POLL,
    );
    await first.emu.close();
    expect(existsSync(statePath)).toBe(true);

    const second = await startHarness({ statePath });
    try {
      const v = await second.compute.galleryImageVersions.get('rg-keep', 'galkeep', 'img', '1.0.0', {
        expand: 'ReplicationStatus',
      });
      expect(v).toMatchObject({ provisioningState: 'Succeeded', replicationStatus: { aggregatedState: 'Completed' } });
      expect((await second.resources.resourceGroups.get('rg-keep')).location).toBe(LOCATION);
    } finally {
      await second.emu.close();
    }
  });
});

describe('emulator CLI command', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    child?.kill('SIGKILL');
  });

  /** Spawns the command (through tsx) and resolves with its one JSON line. */
  async function launch(args: string[]): Promise<{ endpoint: string; caFile: string; subscriptionId: string }> {
    child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'cli-main.ts'), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines = createInterface({ input: child.stdout! });
    const first = await new Promise<string>((resolve) => lines.once('line', resolve));
    return JSON.parse(first) as { endpoint: string; caFile: string; subscriptionId: string };
  }

  async function stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child!.kill('SIGTERM');
    const code = await exited;
    child = undefined;
    return code;
  }

  it('prints its JSON line, serves, persists with --state and reloads it', async () => {
    const statePath = tempState();
    const info = await launch(['--port', '0', '--state', statePath, '--time-scale', '100000']);
    expect(Object.keys(info).sort()).toEqual(['caFile', 'endpoint', 'subscriptionId']);
    expect(info.endpoint).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(readFileSync(info.caFile, 'utf8')).toContain('BEGIN CERTIFICATE');
    const client = new ResourceManagementClient(
      credential,
      info.subscriptionId,
      armClientOptions({ endpoint: info.endpoint, caFile: info.caFile }),
    );
    await client.resourceGroups.createOrUpdate('rg-cli', { location: LOCATION, tags: { from: 'cli' } });
    expect(await stop()).toBe(0);

    const again = await launch(['--state', statePath]);
    const client2 = new ResourceManagementClient(
      credential,
      again.subscriptionId,
      armClientOptions({ endpoint: again.endpoint, caFile: again.caFile }),
    );
    expect((await client2.resourceGroups.get('rg-cli')).tags).toEqual({ from: 'cli' });
    await stop();
  });

  it('parses its options', () => {
    expect(parseEmulatorArgs(['--port', '8443', '--state=/tmp/s.json', '--time-scale', '60'])).toEqual({
      port: 8443,
      statePath: '/tmp/s.json',
      timeScale: 60,
    });
    expect(() => parseEmulatorArgs(['--bogus', '1'])).toThrow(/unknown option/);
  });
});
