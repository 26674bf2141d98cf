import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseArgv as parseArgvWith } from '../../src/core/verify/argv.js';
import {
  baseInputs,
  createLoadBalancer,
  createScaleSet,
  LOCATION,
  poll,
  RG,
  runSteps,
  seedImageVersion,
  start,
  tagsOf,
  versions,
  type Harness,
} from './harness.js';

const parseArgv = (raw: string) => parseArgvWith(raw, parseYaml);

let h: Harness;
afterEach(async () => {
  await h?.emu.close();
});

async function setup(mode: 'Manual' | 'Rolling' = 'Manual', capacity = 4) {
  h = await start();
  const v1 = seedImageVersion(h, '1.0.0');
  const v2 = seedImageVersion(h, '2.0.0');
  const live = await createLoadBalancer(h);
  await createScaleSet(h, v1, { capacity, mode });
  return { v1, v2, live };
}

describe('faults and cancellation', () => {
  it('a 503 storm shorter than the SDK retries is ridden out', async () => {
    const { v2 } = await setup();
    h.emu.control.addFault({
      kind: 'unavailable',
      operation: 'VirtualMachineScaleSets_UpdateInstances',
      times: 3,
      retryAfterSeconds: 0,
    });
    h.emu.control.addFault({
      kind: 'throttle',
      operation: 'VirtualMachineScaleSetVMs_List',
      times: 2,
      retryAfterSeconds: 0,
    });
    const { result } = await runSteps(
      h,
      baseInputs(h, { stages: 'deploy', 'image-id': v2, 'max-batch-percent': '50' }),
    );
    expect(result.error).toBeUndefined();
    expect(versions(h)).toEqual(['2.0.0', '2.0.0', '2.0.0', '2.0.0']);
  }, 30_000);

  it("a 503 storm outlasting every retry within 'deploy-timeout' fails the batch clearly; the rollback rides out the rest", async () => {
    const { v2 } = await setup();
    // Writes are retried until the deadline: only a storm that lasts past it fails the batch.
    const storm = h.emu.control.addFault({
      kind: 'unavailable',
      operation: 'VirtualMachineScaleSets_UpdateInstances',
      skip: 1,
      retryAfterSeconds: 0,
    });
    const { result } = await runSteps(
      h,
      baseInputs(h, { stages: 'deploy', 'image-id': v2, 'max-batch-percent': '50', 'deploy-timeout': '2s' }),
      (host) => {
        // The storm ends as the rollback starts; the rollback's own executor retries until then.
        const warning = host.warning.bind(host);
        host.warning = (message) => {
          if (message.includes('rolling back')) h.emu.control.removeFault(storm);
          warning(message);
        };
      },
    );
    expect(result.status).toBe('failed');
    expect(result.error!.message).toMatch(
      /^deploy failed: replac(e|ing) instance\(s\) 2, 3 of scale set web .*\(\d+ attempts within 'deploy-timeout'\)/,
    );
    expect(result.error!.message).toMatch(/rolled back: image 1\.0\.0 is live again/);
    expect(result.outputs.rolledBack).toBe(true);
    expect(
      h.emu.requests.filter((r) => r.operation === 'VirtualMachineScaleSets_UpdateInstances' && r.status === 503)
        .length,
    ).toBeGreaterThan(4);
    expect(versions(h)).toEqual(['1.0.0', '1.0.0', '1.0.0', '1.0.0']);
  }, 30_000);

  it('the model update ending Failed fails the deploy clearly; the old version keeps serving', async () => {
    const { v2 } = await setup();
    // skip: 1 lets the deploy lock's lease (also a PATCH of the scale set) through.
    h.emu.control.addFault({ kind: 'lro-failed', operation: 'VirtualMachineScaleSets_Update', skip: 1, times: 1 });
    const { result } = await runSteps(h, baseInputs(h, { stages: 'deploy', 'image-id': v2 }));
    expect(result.status).toBe('failed');
    expect(result.error!.message).toMatch(/pointing scale set web at image .*2\.0\.0 failed/);
    expect(versions(h)).toEqual(['1.0.0', '1.0.0', '1.0.0', '1.0.0']);
  }, 30_000);

  it('cancelled mid-rollout: the record names the target, and a re-run completes the rollout', async () => {
    const { v2 } = await setup('Manual', 4);
    const inputs = baseInputs(h, {
      stages: 'deploy',
      'image-id': v2,
      'max-batch-percent': '25',
      'pause-between-batches': '200ms',
    });
    const first = await runSteps(h, inputs, (host) => {
      const timer = setInterval(() => {
        if (h.emu.requests.filter((r) => r.operation === 'VirtualMachineScaleSets_UpdateInstances').length >= 1) {
          clearInterval(timer);
          host.abort();
        }
      }, 2);
    });
    expect(first.result.status).toBe('cancelled');
    const midway = versions(h);
    expect(midway.filter((v) => v === '2.0.0').length).toBeLessThan(4);
    expect(tagsOf(h)).toMatchObject({
      'immutable-deploy.target-version': '2.0.0',
      'immutable-deploy.state': 'deploying',
    });
    const again = await runSteps(h, inputs);
    expect(again.result.error).toBeUndefined();
    expect(again.result.outputs.previousImageVersion).toBe('1.0.0');
    expect(versions(h)).toEqual(['2.0.0', '2.0.0', '2.0.0', '2.0.0']);
    expect(tagsOf(h)['immutable-deploy.target-version']).toBeUndefined();
  }, 30_000);
});

describe('verify: remote-access gate and command', () => {
  it('deny fails a target with SSH open to the Internet, password login and public IPs; warn only warns', async () => {
    h = await start();
    const v1 = seedImageVersion(h, '1.0.0');
    await createLoadBalancer(h);
    const nsg = await h.network.networkSecurityGroups.beginCreateOrUpdateAndWait(
      RG,
      'nsg',
      {
        location: LOCATION,
        securityRules: [
          {
            name: 'ssh',
            protocol: 'Tcp',
            sourcePortRange: '*',
            destinationPortRange: '22',
            sourceAddressPrefix: 'Internet',
            destinationAddressPrefix: '*',
            access: 'Allow',
            priority: 100,
            direction: 'Inbound',
          },
        ],
      },
      poll,
    );
    await createScaleSet(h, v1, { capacity: 2, nsgId: nsg.id!, passwordAuth: true, publicIp: true });
    const deny = await runSteps(
      h,
      baseInputs(h, { stages: 'verify', 'remote-access': 'deny', 'instance-health': 'false' }),
    );
    expect(deny.result.status).toBe('failed');
    const detail = deny.result.stages[0]!.items.find((i) => i.label === 'remote access')!;
    expect(detail.ok).toBe(false);
    expect(detail.value).toContain('SSH (22) is open to the Internet (ssh in nsg)');
    expect(detail.value).toContain('password authentication');
    expect(detail.value).toContain('public IP addresses');
    expect(detail.value).not.toContain('RDP');
    expect(JSON.parse(deny.host.outputs['check-results']!)).toEqual([
      expect.objectContaining({ name: 'remote access', passed: false }),
    ]);
    const warn = await runSteps(h, baseInputs(h, { stages: 'verify' }));
    expect(warn.result.status).toBe('succeeded');
    expect(warn.result.warnings.some((w) => w.includes('SSH (22) is open'))).toBe(true);
    expect(h.emu.requests.filter((r) => r.operation === 'VirtualMachineScaleSetVMs_Get')).toEqual([]);
  }, 30_000);

  it('verify-command runs without a shell and must exit 0', async () => {
    h = await start();
    const ok = await runSteps(
      h,
      baseInputs(h, {
        stages: 'verify',
        'scale-set': undefined,
        'verify-command': `${process.execPath} -e "process.exit(0)"`,
      }),
    );
    expect(ok.result.status).toBe('succeeded');
    const bad = await runSteps(
      h,
      baseInputs(h, {
        stages: 'verify',
        'scale-set': undefined,
        'verify-command': JSON.stringify([process.execPath, '-e', 'console.log("boom"); process.exit(3)']),
      }),
    );
    expect(bad.result.status).toBe('failed');
    expect(bad.result.error!.message).toMatch(/exited 3; expected 0; output: …boom/);
  }, 30_000);

  it('argv parsing: quotes, escapes, lists; shell operators refused', () => {
    expect(parseArgv(`./smoke.sh --name 'a b' "c \\"d\\"" e\\ f`)).toEqual({
      ok: true,
      argv: ['./smoke.sh', '--name', 'a b', 'c "d"', 'e f'],
    });
    expect(parseArgv(`['x', 1]`)).toEqual({ ok: true, argv: ['x', '1'] });
    expect(parseArgv('a | b')).toMatchObject({ ok: false, error: expect.stringContaining("shell operator '|'") });
    expect(parseArgv("a '|'")).toEqual({ ok: true, argv: ['a', '|'] });
    expect(parseArgv('a "b')).toMatchObject({ ok: false, error: 'has an unclosed double quote' });
  });
});
