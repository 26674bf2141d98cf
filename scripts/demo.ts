/**
 * `npm run demo`: the README's main command. Starts the local Azure emulator in-process, seeds a
 * gallery, a blue-green pair of scale sets behind a load balancer and an App Service with a
 * staging slot, then runs the CLI bundle (exactly what users run) through three releases:
 *
 *   1. bake with Azure Image Builder, publish, deploy blue-green, verify, clean up;
 *   2. a release whose instances turn unhealthy once they take traffic: rolled back automatically;
 *   3. an App Service release through a staging slot and a swap.
 *
 * `npm run demo -- --json` prints each run's result as JSON instead of the terminal summary.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO, seedDemoWorld, type DemoWorld } from '../src/emulator/demo-world.js';
import { startEmulator, type Emulator } from '../src/emulator/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const json = process.argv.includes('--json');
const say = (text: string) => void (json ? process.stderr : process.stdout).write(`${text}\n`);

interface Release {
  readonly title: string;
  readonly inputs: Record<string, string>;
  readonly expectExit: 0 | 1;
  /** Runs alongside the release (e.g. the fault that makes release 2 fail). */
  readonly during?: (emu: Emulator, world: DemoWorld) => () => void;
}

function connection(emu: Emulator): Record<string, string> {
  return {
    cloud: 'Custom',
    'arm-endpoint': emu.endpoint,
    'ca-file': emu.caFile,
    auth: 'static-token',
    'access-token': 'demo-token',
    'subscription-id': emu.subscriptionId,
    'resource-group': DEMO.resourceGroup,
  };
}

const probes = {
  'probe-successes': '3',
  'probe-interval': '100ms',
  'probe-timeout': '20s',
  'probe-failure-limit': '3',
};

function blueGreen(world: DemoWorld, customizers: string, stages: string): Record<string, string> {
  return {
    stages,
    builder: 'image-builder',
    'image-builder-source': 'Canonical:ubuntu-24_04-lts:server:latest',
    'image-builder-identity': world.identityId,
    'image-builder-customizers': customizers,
    'gallery-name': DEMO.gallery,
    'image-definition': DEMO.definition,
    'target-regions': `${DEMO.location},northeurope`,
    strategy: 'blue-green',
    'scale-set': DEMO.scaleSet,
    'load-balancer': DEMO.loadBalancer,
    'preview-port': String(DEMO.previewPort),
    'live-url': world.liveUrl,
    'preview-url': world.previewUrl,
    'deploy-timeout': '20m',
    ...probes,
  };
}

/**
 * Release 2's fault: the new instances fail their health checks as soon as live traffic reaches
 * them, i.e. once the load balancer's live rule points at the blue pool.
 */
function turnUnhealthyAfterTheSwitch(emu: Emulator, world: DemoWorld): () => void {
  const timer = setInterval(() => {
    const lb = emu.control.getResource(world.loadBalancerId) as
      | {
          properties?: {
            loadBalancingRules?: { name: string; properties?: { backendAddressPool?: { id?: string } } }[];
          };
        }
      | undefined;
    const live = lb?.properties?.loadBalancingRules?.find((r) => r.name === 'live');
    if (!live?.properties?.backendAddressPool?.id?.endsWith(`/${DEMO.scaleSet}-blue`)) return;
    emu.control.health.unhealthyImage('/versions/1.0.2');
    clearInterval(timer);
  }, 5);
  return () => clearInterval(timer);
}

function releases(world: DemoWorld): Release[] {
  return [
    {
      title: 'Release 1: bake with Image Builder, publish 1.0.1, deploy blue-green, verify, clean up',
      // keep-versions 1: clean-up would retire 1.0.0, but it is previous on the target (kept for rollback).
      inputs: {
        ...blueGreen(world, '- type: Shell\n  name: install\n  inline: ["apt-get install -y nginx"]', 'all'),
        'keep-versions': '1',
      },
      expectExit: 0,
    },
    {
      title: 'Release 2: 1.0.2 turns unhealthy once it takes traffic, and is rolled back',
      inputs: blueGreen(
        world,
        '- type: Shell\n  name: install\n  inline: ["apt-get install -y nginx", "apt-get install -y leaky-agent"]',
        'bake,publish,deploy,verify',
      ),
      expectExit: 1,
      during: (emu, w) => turnUnhealthyAfterTheSwitch(emu, w),
    },
    {
      title: 'Release 3: App Service shop:2.0.0 through the staging slot and a swap',
      inputs: {
        stages: 'deploy,verify',
        strategy: 'slot-swap',
        'app-service': DEMO.site,
        slot: DEMO.slot,
        'container-image': 'contoso.azurecr.io/shop:2.0.0',
        'live-url': world.siteUrl,
        'preview-url': world.slotUrl,
        'deploy-timeout': '10m',
        ...probes,
      },
      expectExit: 0,
    },
  ];
}

function runCli(inputs: Record<string, string>): Promise<{ code: number; stdout: string }> {
  const args = ['run', ...Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v]), ...(json ? ['--json'] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', json ? 'ignore' : 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!json) process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout }));
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  const emu = await startEmulator({ timeScale: 2000, seed: 42 });
  try {
    say(`Local Azure emulator at ${emu.endpoint} (subscription ${emu.subscriptionId})`);
    const world = await seedDemoWorld(emu);
    say(
      `Seeded ${DEMO.resourceGroup}: gallery ${DEMO.gallery}/${DEMO.definition} 1.0.0, scale sets ${DEMO.scaleSet}-blue (live) behind ${DEMO.loadBalancer}, web app ${DEMO.site} with slot ${DEMO.slot}`,
    );
    const results: unknown[] = [];
    for (const release of releases(world)) {
      say(`\n=== ${release.title}\n`);
      const stop = release.during?.(emu, world);
      const { code, stdout } = await runCli({ ...connection(emu), ...release.inputs }).finally(() => stop?.());
      if (json) results.push({ release: release.title, exitCode: code, result: JSON.parse(stdout) });
      if (code !== release.expectExit)
        throw new Error(`${release.title}: the CLI exited ${code}, expected ${release.expectExit}`);
    }
    if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    say(
      `\nDemo finished in ${((performance.now() - started) / 1000).toFixed(1)} s: release 1 went live, release 2 was rolled back, release 3 swapped in.`,
    );
  } finally {
    await emu.close();
  }
}

main().catch((err: unknown) => {
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
