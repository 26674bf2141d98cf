/**
 * A fleet fanned out on CI jobs, on the emulator through the real SDKs: each target of a wave is
 * one CLI run with `--fleet-file`/`--fleet-target` (as a matrix job runs it), then `fleet gate`
 * judges the wave from the targets' release records. A wave within its budget passes; an unhealthy
 * target fails its wave's gate, which writes the halt marker, and the next wave's runs refuse.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseRunArgs } from '../../src/cli/args.js';
import { commandInputs } from '../../src/cli/command.js';
import { fleet } from '../../src/cli/fleet.js';
import { cliHost } from '../../src/cli/host.js';
import { executeStep, prepareStep } from '../../src/adapters/shared/run-step.js';
import { haltTag } from '../../src/core/fleet/gallery.js';
import { gateWave } from '../../src/core/fleet/gate.js';
import { parseFleet } from '../../src/core/fleet/parse.js';
import { portsFor } from '../stages-slotswap/context.js';
import { RG } from '../stages-deploy/harness.js';
import { fleetDeps, fleetDoc, fleetWorld, newLog, scaleSetVersions, type FleetWorld } from '../fleet/world.js';
import { fleetFile } from './fleet-file.js';

let w: FleetWorld | undefined;
afterEach(async () => {
  await w?.h.emu.close();
  w = undefined;
});

/** `immutable-deploy run <flags>` as the CLI runs it, minus the printing: settings, then the run. */
async function run(flags: string[]) {
  const args = parseRunArgs(flags);
  const host = cliHost(new AbortController().signal, { verbose: false, write: () => undefined });
  const options = {
    adapter: 'cli',
    read: commandInputs('run', args.inputs),
    namer: (n: string) => `--${n}`,
    host,
  } as const;
  return executeStep(options, prepareStep(options));
}

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await fleet(args, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

const versionTags = (world: FleetWorld) =>
  (world.h.emu.control.getResource(world.v2)?.['tags'] ?? {}) as Record<string, string>;
/** A new version created through the SDK: only the PUT is sent, publishing goes on after it, as on Azure. */
async function createV2(world: FleetWorld, regions: string[]): Promise<void> {
  const source = `${world.h.rgId}/providers/Microsoft.Compute/images/baked`;
  world.h.emu.control.seedResource({
    id: source,
    body: { location: 'westeurope', properties: { provisioningState: 'Succeeded' } },
  });
  await world.h.compute.galleryImageVersions.beginCreateOrUpdate(RG, 'gal', 'app', '2.0.0', {
    location: regions[0]!,
    storageProfile: { source: { id: source } },
    publishingProfile: { targetRegions: regions.map((name) => ({ name, regionalReplicaCount: 1 })) },
  });
}

const writes = (world: FleetWorld) => world.h.emu.requests.filter((r) => r.write).length;

describe('a fleet fanned out on CI jobs', () => {
  it('one-target runs per wave, gates between waves; a failed wave halts, the next refuses', async () => {
    w = await fleetWorld(5, { capacity: 1 });
    const doc = fleetDoc(w, 3, 2);
    (doc['waves'] as Record<string, unknown>[])[2]!['targets'] = [
      { name: 't5', region: 'eastus', 'scale-set': 'web5' },
    ];
    const file = fleetFile(doc);
    const target = (name: string) => run(['--fleet-file', file, '--fleet-target', name]);

    // Wave 1: each target its own run (deploy + verify, the inputs from the file), then the gate.
    for (const name of ['t1', 't2']) expect((await target(name)).status).toBe('succeeded');
    expect(scaleSetVersions(w.h, 'web1')).toEqual(['2.0.0']);
    const gate1 = await cli(['gate', '--file', file, '--wave', '1']);
    expect(gate1.err).toBe('');
    expect(gate1.code).toBe(0);
    expect(gate1.out.split('\n').slice(0, 6)).toEqual([
      'fleet web-fleet 2.0.0: succeeded',
      '',
      'wave      target  region      result     version',
      '--------  ------  ----------  ---------  -------',
      '1 canary  t1      westeurope  succeeded  2.0.0',
      '1 canary  t2      westeurope  succeeded  2.0.0',
    ]);

    // Wave 2: t4's scale set is unhealthy, so its run fails (and rolls back); the gate halts the fleet.
    w.h.emu.control.health.unhealthyInstance(
      `${w.h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/web4`,
      '0',
    );
    expect((await target('t3')).status).toBe('succeeded');
    const t4 = await target('t4');
    expect(t4.status).toBe('failed');
    const gate2 = await cli(['gate', '--file', file, '--wave', '2', '--json']);
    expect(gate2.code).toBe(1);
    const halted = JSON.parse(gate2.out) as { status: string; halt: string; targets: unknown[] };
    expect(halted).toMatchObject({
      status: 'halted',
      targets: [
        { target: 't3', result: 'succeeded', version: '2.0.0' },
        { target: 't4', result: 'failed', message: 'it runs no recorded version, not 2.0.0' },
      ],
    });
    expect(halted.halt).toBe('2.0.0 wave 2 (ring-1): 1 of 2 target(s) failed (failure budget 0)');
    expect(versionTags(w)[haltTag('web-fleet')]).toBe(halted.halt);

    // Wave 3's run refuses before any write; its gate reports the halt.
    const before = writes(w);
    const t5 = await target('t5');
    expect(t5.status).toBe('failed');
    expect(t5.error?.message).toContain("fleet 'web-fleet' was halted for 2.0.0: 2.0.0 wave 2 (ring-1)");
    expect(t5.error?.message).toContain('target t5 was not deployed');
    expect(writes(w)).toBe(before);
    expect(scaleSetVersions(w.h, 'web5')).toEqual(['1.0.0']);
    const gate3 = await cli(['gate', '--file', file, '--wave', '3', '--json']);
    expect(gate3.code).toBe(1);
    expect(JSON.parse(gate3.out)).toMatchObject({ status: 'halted', targets: [{ target: 't5', result: 'not-run' }] });
  }, 90_000);

  it("waits out a wave's bake time from the last target's release, or reports it (--no-wait)", async () => {
    w = await fleetWorld(2, { capacity: 1 });
    const doc = fleetDoc(w, 1, 2, { 'bake-time': '30m' });
    const file = fleetFile(doc);
    for (const name of ['t1', 't2'])
      expect((await run(['--fleet-file', file, '--fleet-target', name])).status).toBe('succeeded');
    const noWait = await cli(['gate', '--file', file, '--wave', '1', '--no-wait', '--json']);
    expect(noWait.code).toBe(1);
    const baking = JSON.parse(noWait.out) as { status: string; halt?: string; waiting: string };
    expect(baking.status).toBe('baking');
    expect(baking.halt).toBeUndefined();
    expect(baking.waiting).toMatch(/^wave 1 \(canary\) bakes (29m [0-9]+s|30m) more \(bake-time 30m\)$/);
    expect(versionTags(w)[haltTag('web-fleet')]).toBeUndefined();
    const text = await cli(['gate', '--file', file, '--wave', '1', '--no-wait']);
    expect(text.out).toMatch(/^fleet web-fleet 2\.0\.0: baking\n/);
    expect(text.out).toMatch(/\nwaiting: wave 1 \(canary\) bakes .* more \(bake-time 30m\)\n$/);

    // The gate itself, on a clock it controls: one sleep of what is left of the 30 minutes, then it passes.
    let skew = 0;
    const slept: number[] = [];
    const ports = await portsFor(w.h.emu);
    const result = await gateWave(parseFleet(doc), 1, {
      ...fleetDeps(w.h, newLog()),
      clock: { now: () => Date.now() + skew },
      sleep: async (ms) => {
        slept.push(ms);
        skew += ms;
      },
      azure: async () => ports,
    });
    expect(result.status).toBe('succeeded');
    expect(slept).toHaveLength(1);
    expect(slept[0]).toBeGreaterThan(25 * 60_000);
    expect(slept[0]).toBeLessThanOrEqual(30 * 60_000);
  }, 60_000);

  it("waits for the version to reach the target's region before deploying; refuses after replication-timeout", async () => {
    // Emulator time 600× real: the version publishes in 4–6 simulated minutes (0.4–0.6 s).
    w = await fleetWorld(2, { seedV2: false, capacity: 1, timeScale: 600 });
    await createV2(w, ['westeurope']);
    const doc = { ...fleetDoc(w, 2, 1), 'replication-timeout': '3s' };
    const file = fleetFile(doc);
    const t1 = await run(['--fleet-file', file, '--fleet-target', 't1']);
    expect(t1.error).toBeUndefined();
    expect(scaleSetVersions(w.h, 'web1')).toEqual(['2.0.0']);
    // northeurope never gets a replica: t2 is refused once 'replication-timeout' passes, nothing deployed.
    const t2 = await run(['--fleet-file', file, '--fleet-target', 't2']);
    expect(t2.status).toBe('failed');
    expect(t2.error?.message).toBe(
      "2.0.0 was not replicated to northeurope within 'replication-timeout'; target t2 was not deployed",
    );
    expect(scaleSetVersions(w.h, 'web2')).toEqual(['1.0.0']);
  }, 30_000);

  it("judges the wave's analysis gates on each target after the bake: a failed one halts the fleet", async () => {
    w = await fleetWorld(2, { capacity: 1 });
    const doc = fleetDoc(w, 1, 2, { analysis: [{ name: 'no-alerts', alerts: 'target' }], 'failure-budget': 0 });
    // Verify waits for a bad instance to come back, up to 'deploy-timeout': keep it short.
    (doc['inputs'] as Record<string, string>)['deploy-timeout'] = '5m';
    const file = fleetFile(doc);
    for (const name of ['t1', 't2'])
      expect((await run(['--fleet-file', file, '--fleet-target', name])).status).toBe('succeeded');
    const ports = await portsFor(w.h.emu);
    const gate = () => gateWave(parseFleet(doc), 1, { ...fleetDeps(w!.h, newLog()), azure: async () => ports });
    const alertReads = () => w!.h.emu.requests.filter((r) => r.operation === 'Alerts_GetAll').length;

    // Throttled reads of the release records are tried again within the gate.
    w.h.emu.control.addFault({ kind: 'throttle', method: 'GET', path: '**/virtualMachineScaleSets/web1', times: 2 });
    // The targets' own runs judged no gate: the gate's verify runs read the alerts of both.
    expect(alertReads()).toBe(0);
    expect((await gate()).status).toBe('succeeded');
    expect(alertReads()).toBeGreaterThanOrEqual(2);
    expect(w.h.emu.requests.filter((r) => r.status === 429).length).toBe(2);
    expect(versionTags(w)[haltTag('web-fleet')]).toBeUndefined();

    // One instance of t1 went bad since: its gate run fails, over the budget, so the fleet halts.
    w.h.emu.control.health.unhealthyInstance(
      `${w.h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/web1`,
      '0',
    );
    const halted = await gate();
    expect(halted.status).toBe('halted');
    expect(halted.targets.map((t) => [t.target, t.result])).toEqual([
      ['t1', 'failed'],
      ['t2', 'succeeded'],
    ]);
    expect(halted.targets[0]!.message).toMatch(/^analysis after bake: /);
    expect(versionTags(w)[haltTag('web-fleet')]).toBe(halted.halt);
  }, 60_000);

  it('refuses bad input before anything is sent to Azure', async () => {
    w = await fleetWorld(1, { capacity: 1 });
    const file = fleetFile(fleetDoc(w, 1, 1));
    const sent = w.h.emu.requests.length;
    await expect(run(['--fleet-file', file, '--fleet-target', 't1', '--scale-set', 'web1'])).rejects.toThrow(
      "input '--scale-set': is decided by the fleet file for 'fleet-target'; remove it",
    );
    await expect(run(['--fleet-file', file, '--fleet-target', 't2'])).rejects.toThrow(
      "input '--fleet-target': 't2' is not a target of fleet 'web-fleet'; did you mean 't1'?",
    );
    await expect(run(['--fleet-file', file])).rejects.toThrow("input '--fleet-target': is required with 'fleet-file'");
    await expect(run(['--fleet-target', 't1', '--fleet-file', `${file}.missing`])).rejects.toThrow(
      `fleet file '(file)': cannot read '${file}.missing': no such file`,
    );
    const gate = await cli(['gate', '--file', file, '--wave', '2']);
    expect(gate).toMatchObject({ code: 1, out: '' });
    expect(gate.err).toContain('has 1 wave(s); wave 2 is not one of them');
    expect(w.h.emu.requests.length).toBe(sent);
  }, 30_000);
});
