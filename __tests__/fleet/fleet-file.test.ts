/**
 * Bad fleet files: one clear error naming the path in the file, the bad value and what is
 * expected, before anything is sent to Azure; the file's content (secrets included) never shown.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { fleet } from '../../src/cli/fleet.js';
import { FleetFileError, parseFleet } from '../../src/core/fleet/parse.js';
import { startHarness, type Harness } from '../emulator-deploy/helpers.js';

const IMAGE =
  '/subscriptions/s1/resourceGroups/rg-img/providers/Microsoft.Compute/galleries/gal/images/app/versions/2.0.0';
const TOKEN = 'tok-SECRET-value-123';

function doc(
  targets: (wave: number) => Record<string, unknown>[] = (k) =>
    [0, 1, 2].map((j) => ({ name: `t${k}${j}`, region: 'westeurope', 'scale-set': `web${k}${j}` })),
) {
  return {
    name: 'web-fleet',
    inputs: {
      cloud: 'Custom',
      'arm-endpoint': 'https://127.0.0.1:9',
      auth: 'static-token',
      'access-token': TOKEN,
      'subscription-id': '00000000-0000-0000-0000-000000000001',
      'resource-group': 'rg',
      strategy: 'rolling',
      'image-id': IMAGE,
    },
    waves: [0, 1].map((k) => ({ 'max-parallel': 2, targets: targets(k) })),
  };
}

const errorOf = (d: unknown): FleetFileError => {
  try {
    parseFleet(d);
  } catch (e) {
    if (e instanceof FleetFileError) return e;
    throw e;
  }
  throw new Error('the fleet file was accepted');
};

describe('fleet file', () => {
  it('parses: each target is shared inputs ∪ its own, through the settings parser', () => {
    const f = parseFleet(doc());
    expect(f.waves.map((w) => [w.name, w.maxParallel, w.bakeTimeMs, w.failureBudget, w.targets.length])).toEqual([
      ['wave 1', 2, 0, 0, 3],
      ['wave 2', 2, 0, 0, 3],
    ]);
    const t = f.waves[1]!.targets[2]!;
    expect([t.path, t.settings.deploy.scaleSet, t.settings.resourceGroup, t.settings.stages]).toEqual([
      'waves[1].targets[2]',
      'web12',
      'rg',
      ['deploy', 'verify'],
    ]);
  });

  it('a bad target input is named by its path, with the value and what is expected', () => {
    const e = errorOf(
      doc((k) =>
        [0, 1, 2].map((j) => ({
          name: `t${k}${j}`,
          region: 'westeurope',
          'scale-set': k === 1 && j === 2 ? 'web 12!' : `web${k}${j}`,
        })),
      ),
    );
    expect(e.problems[0]).toEqual({
      path: 'waves[1].targets[2].scale-set',
      message: expect.stringMatching(/^'web 12!' is not a valid Azure resource name; expected letters/),
    });
    expect(e.message).not.toContain(TOKEN);
  });

  it('a bad shared input is named under inputs; unknown keys and wave settings by their paths', () => {
    const d = doc();
    (d.inputs as Record<string, unknown>)['strategy'] = 'rolling-ish';
    (d.waves[0] as Record<string, unknown>)['bake-tme'] = '5m';
    (d.waves[1] as Record<string, unknown>)['max-parallel'] = 0;
    const e = errorOf(d);
    expect(e.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['inputs.strategy', 'waves[0]', 'waves[1].max-parallel']),
    );
    expect(e.message).toMatch(
      /'waves\[0\]': has 'bake-tme', which is not a fleet setting or an input; did you mean 'bake-time'\?/,
    );
    expect(e.message).toMatch(/'waves\[1\]\.max-parallel': '0' is out of range; expected an integer from 1 to 100/);
    expect(e.message).not.toContain(TOKEN);
  });

  it('the same target in two waves is refused', () => {
    const e = errorOf(doc((k) => [{ name: `t${k}`, region: 'westeurope', 'scale-set': 'web' }]));
    expect(e.message).toBe(
      "fleet file 'waves[1].targets[0]': deploys scale-set 'rg/web', as waves[0].targets[0] does; expected each target once in a fleet",
    );
  });

  it("on-failure: the fleet's default, a wave's own over it; anything else refused by its path", () => {
    const d = { ...doc(), 'on-failure': 'rollback-wave' };
    (d.waves[1] as Record<string, unknown>)['on-failure'] = 'halt';
    expect(parseFleet(d).waves.map((w) => w.onFailure)).toEqual(['rollback-wave', 'halt']);
    expect(parseFleet(doc()).waves.map((w) => w.onFailure)).toEqual(['halt', 'halt']);
    (d.waves[0] as Record<string, unknown>)['on-failure'] = 'rollback';
    expect(errorOf(d).message).toBe(
      "fleet file 'waves[0].on-failure': 'rollback' is not a failure action; expected 'halt' or 'rollback-wave'",
    );
  });

  it('an image target naming another image version is refused: one version per fleet', () => {
    const d = doc();
    (d.waves[1]!.targets[0] as Record<string, unknown>)['image-id'] = IMAGE.replace('2.0.0', '3.0.0');
    expect(errorOf(d).message).toBe(
      "fleet file 'waves[1].targets[0].image-id': names another image than waves[0].targets[0] does; expected one image version per fleet (a fleet per version)",
    );
  });

  it('inputs the fleet decides are refused', () => {
    const d = doc();
    (d.inputs as Record<string, unknown>)['stages'] = 'deploy';
    expect(errorOf(d).message).toMatch(/^fleet file 'inputs\.stages': is decided by the fleet/);
  });
});

describe('immutable-deploy fleet with a bad file', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.emu.close();
    h = undefined;
  });

  it('fails before any call to Azure: zero requests, exit code 1, the path named, no content shown', async () => {
    h = await startHarness();
    const before = h.emu.requests.length;
    const dir = mkdtempSync(join(tmpdir(), 'fleet-'));
    const file = join(dir, 'fleet.yaml');
    const d = doc((k) => [
      { name: `t${k}`, region: 'westeurope', 'scale-set': k === 1 ? '' : 'web0', 'resource-group': 'rg-deploy' },
    ]);
    Object.assign(d.inputs, { cloud: 'Custom', 'arm-endpoint': h.emu.endpoint, 'ca-file': h.emu.caFile });
    writeFileSync(file, stringify(d));
    const out: string[] = [];
    const err: string[] = [];
    const code = await fleet(['run', '--file', file], { out: (t) => void out.push(t), err: (t) => void err.push(t) });
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('')).toMatch(
      /^immutable-deploy fleet: .*\n {2}- fleet file 'waves\[1\]\.targets\[0\]\.scale-set': /,
    );
    expect(err.join('')).not.toContain(TOKEN);
    expect(h.emu.requests.length).toBe(before);
    // Not YAML at all: the line is named, the content is not shown.
    writeFileSync(file, `name: x\n  ${TOKEN}: [\n`);
    err.length = 0;
    expect(await fleet(['plan', '--file', file], { out: (t) => void out.push(t), err: (t) => void err.push(t) })).toBe(
      1,
    );
    expect(err.join('')).toMatch(/is not valid YAML \(line \d+, column \d+\) \(the content is not shown\)/);
    expect(err.join('')).not.toContain(TOKEN);
    expect(h.emu.requests.length).toBe(before);
  }, 30_000);
});

describe('schema/immutable-deploy-fleet.schema.json', () => {
  const load = (name: string) => JSON.parse(readFileSync(join('schema', name), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(load('immutable-deploy.schema.json'));
  const validate = ajv.compile(load('immutable-deploy-fleet.schema.json'));

  it('accepts a fleet the parser accepts, and flags what the parser refuses', () => {
    const good = doc();
    parseFleet(good);
    expect(validate(good), JSON.stringify(validate.errors)).toBe(true);
    const typo = doc();
    (typo.waves[0] as Record<string, unknown>)['bake-tme'] = '5m';
    expect(validate(typo)).toBe(false);
    const owned = doc();
    (owned.inputs as Record<string, unknown>)['stages'] = 'deploy';
    expect(validate(owned)).toBe(false);
    const onFailure = { ...doc(), 'on-failure': 'rollback-wave' };
    (onFailure.waves[0] as Record<string, unknown>)['on-failure'] = 'halt';
    expect(validate(onFailure), JSON.stringify(validate.errors)).toBe(true);
    (onFailure.waves[1] as Record<string, unknown>)['on-failure'] = 'rollback';
    expect(validate(onFailure)).toBe(false);
  });
});

it('the example in docs/fleets.md is a valid fleet file', () => {
  const md = readFileSync(join('docs', 'fleets.md'), 'utf8');
  const f = parseFleet(parseYaml(md.split('```yaml\n')[1]!.split('```')[0]!));
  expect(f.waves.map((w) => [w.name, w.maxParallel, w.bakeTimeMs, w.failureBudget, w.onFailure])).toEqual([
    ['canary', 1, 0, 0, 'halt'],
    ['ring-1', 3, 15 * 60_000, 1, 'rollback-wave'],
  ]);
  expect(f.waves[1]!.targets.map((t) => [t.name, t.settings.deploy.strategy, t.gate !== undefined])).toEqual([
    ['neu-1', 'rolling', true],
    ['neu-2', 'blue-green', true],
    ['eus-1', 'rolling', true],
  ]);
});
