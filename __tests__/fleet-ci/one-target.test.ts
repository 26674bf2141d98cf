/**
 * The settings of one fleet target (`fleet-file` + `fleet-target`) as each adapter reads them:
 * runners hand every input's default to the step, which is no choice of the user's, so defaults
 * never conflict with the file nor override it; sign-in and image-id given to the step do.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { prepareStep } from '../../src/adapters/shared/prepare.js';
import { SettingsError } from '../../src/core/settings/errors.js';
import { INPUTS } from '../../src/core/settings/table.js';
import { fleetFile, IMAGE, nineTargets } from './fleet-file.js';

const action = parseYaml(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
/** What the GitHub runner passes: the given inputs, every other input's action.yml default. */
const githubDefaults = (n: string) => action.inputs[n]?.default;
/** Azure DevOps fills task.json defaults likewise (the table's, as generated). */
const tableDefaults = (n: string) => INPUTS.find((i) => i.name === n)?.default;

function prepare(given: Record<string, string>, defaults: (n: string) => string | undefined = githubDefaults) {
  return prepareStep({
    adapter: 'github',
    read: (n) => given[n] ?? defaults(n),
    namer: (n) => n,
    host: { setSecret: () => undefined },
  });
}

const problemsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof SettingsError) return e.problems.map((p) => `${p.input}: ${p.message}`);
    throw e;
  }
  return [];
};

describe('one fleet target as a run', () => {
  const file = fleetFile(nineTargets());

  it("takes the target's inputs from the file, whatever defaults the runner passes", () => {
    for (const defaults of [githubDefaults, tableDefaults]) {
      const s = prepare({ 'fleet-file': file, 'fleet-target': 'web_2-1' }, defaults);
      expect(s.fleet).toEqual({
        fleet: 'web-fleet',
        target: 'web_2-1',
        wave: 2,
        path: 'waves[1].targets[1]',
        imageId: IMAGE,
        awaitReplication: { region: 'northeurope', timeoutMs: 3_600_000 },
      });
      expect(s.stages).toEqual(['deploy', 'verify']);
      expect(s.deploy.scaleSet).toBe('web22');
      // The file's cloud and sign-in, not the step's defaults (AzureCloud, auto).
      expect(s.azure).toMatchObject({ cloud: 'Custom', auth: 'static-token', armEndpoint: 'https://127.0.0.1:9' });
    }
  });

  it("takes sign-in and image-id from the step; subscription-id only where the file's target has none", () => {
    const other = IMAGE.replace('2.0.0', '2.1.0');
    const s = prepare({
      'fleet-file': file,
      'fleet-target': 'web-1-1',
      'arm-endpoint': 'https://127.0.0.1:10',
      'image-id': other,
      'subscription-id': '00000000-0000-0000-0000-00000000000f',
      'dry-run': 'true',
      stages: 'deploy, verify',
    });
    expect(s.azure.armEndpoint).toBe('https://127.0.0.1:10');
    expect(s.publish.imageId).toBe(other);
    expect(s.fleet?.imageId).toBe(other);
    expect(s.azure.subscriptionId).toBe('00000000-0000-0000-0000-000000000001');
    expect(s.dryRun).toBe(true);
  });

  it('refuses inputs the file decides, each named, and a missing half of the pair', () => {
    expect(
      problemsOf(() =>
        prepare({ 'fleet-file': file, 'fleet-target': 'web-1-1', 'scale-set': 'x', stages: 'deploy', slot: 'blue' }),
      ),
    ).toEqual([
      "stages: is decided by the fleet file for 'fleet-target'; remove it (a fleet target takes only sign-in inputs, image-id, dry-run and record-file besides the file)",
      "scale-set: is decided by the fleet file for 'fleet-target'; remove it (a fleet target takes only sign-in inputs, image-id, dry-run and record-file besides the file)",
      "slot: is decided by the fleet file for 'fleet-target'; remove it (a fleet target takes only sign-in inputs, image-id, dry-run and record-file besides the file)",
    ]);
    expect(problemsOf(() => prepare({ 'fleet-target': 'web-1-1' }))).toEqual([
      "fleet-file: is required with 'fleet-target': the fleet file's path",
    ]);
  });

  it('names a bad input given to the step by its own name', () => {
    expect(problemsOf(() => prepare({ 'fleet-file': file, 'fleet-target': 'web-1-1', cloud: 'Mars' }))).toEqual([
      expect.stringMatching(/^cloud: 'Mars' /),
    ]);
  });
});
