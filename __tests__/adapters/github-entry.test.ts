/**
 * What the GitHub entry bundle (dist/github/main.js) holds: the settings parsers and nothing else
 * bad input needs. The YAML library, the config and fleet file readers and the load balancer code
 * come from chunks, loaded only when an input needs them; each of them cost the entry memory when
 * it failed bad input (docs/decisions/0003-github-bundle-startup.md). Structural checks on the
 * bundle's text, and the bundle run with inputs that load each chunk, compared with prepareStep.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wantsFleetTarget } from '../../src/core/fleet/one-target.js';
import { InputReader } from '../../src/core/settings/reader.js';
import { INPUTS } from '../../src/core/settings/table.js';
import { errorMessage, prepareStep } from '../../src/adapters/shared/prepare.js';
import { INPUT_FILE_INPUTS, usesInputFiles, yamlInputGiven } from '../../src/adapters/shared/prepare-direct.js';
import { BUNDLES, NODE24, runNode, tempDir } from './helpers.js';

/** Definitions (not uses) of each heavy part: present in the entry before it was split out. */
const HEAVY = {
  'the yaml library': /class (YAMLParseError|Composer)\b/,
  'the config file reader': /function loadConfigFile\b/,
  'the fleet file reader and one-target runs': /function (loadFleetDocument|oneTargetSettings|parseFleet)\b/,
  "blue-green's load balancer code": /function observePair\b/,
};

const inputEnv = (inputs: Record<string, string>) =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));

/** The ::error:: line prepareStep's failure gives, as runner-io writes it. */
function expectedError(inputs: Record<string, string>): string {
  try {
    prepareStep({ adapter: 'github', read: (n) => inputs[n], namer: (n) => n, host: { setSecret: () => {} } });
  } catch (err) {
    const message = errorMessage(err).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    return `::error::${message}`;
  }
  throw new Error('expected bad input');
}

describe('GitHub entry bundle', () => {
  it.each(Object.entries(HEAVY))('holds no definition from %s', (_, definition) => {
    expect(readFileSync(BUNDLES.githubMain, 'utf8')).not.toMatch(definition);
  });

  it.each([
    ['a YAML-valued input (the yaml chunk)', { stages: 'verify', probes: '- url: [unclosed' }],
    [
      'a one-line canary-steps (no YAML parser)',
      { stages: 'verify', 'probe-urls': 'https://a', 'canary-steps': '5%, 2%' },
    ],
    ['a config file (the file readers chunk)', { stages: 'verify', config: 'CONFIG' }],
  ])('fails bad input with %s as prepareStep does', async (_, given) => {
    const dir = tempDir('gh-entry');
    const config = join(dir, 'config.yml');
    writeFileSync(config, "probe-urls: ftp://not-http\nprobes: '- url: [unclosed'\n");
    const inputs = Object.fromEntries(Object.entries(given).map(([k, v]) => [k, v === 'CONFIG' ? config : v]));
    const r = await runNode(NODE24, BUNDLES.githubMain, [], inputEnv(inputs));
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual([expectedError(inputs)]);
    expect(r.stderr).toBe('');
  });
});

describe('what the entry loads for the inputs given', () => {
  it('counts every input that makes prepareStep read a file', () => {
    for (const name of ['fleet-file', 'fleet-target']) {
      const read = (n: string) => (n === name ? 'x' : undefined);
      expect(wantsFleetTarget(read)).toBe(true);
      expect(usesInputFiles(read)).toBe(true);
    }
    expect(INPUT_FILE_INPUTS).toContain('config');
  });

  it('loads a YAML parser exactly when a YAML-valued input is given', () => {
    const yamlInputs = INPUTS.filter((i) => i.yaml).map((i) => i.name);
    expect(yamlInputs).toEqual(
      expect.arrayContaining(['probes', 'analysis', 'canary-steps', 'verify-command', 'template-parameters']),
    );
    const options = (inputs: Record<string, string>) => ({
      adapter: 'github' as const,
      read: (n: string) => inputs[n],
      namer: (n: string) => n,
      host: { setSecret: () => {} },
    });
    for (const name of yamlInputs) expect(yamlInputGiven(options({ [name]: 'x' }))).toBe(true);
    expect(yamlInputGiven(options({ stages: 'verify', 'probe-urls': 'https://a' }))).toBe(false);
  });

  it('refuses to read an input as YAML unless the table marks it', () => {
    const r = new InputReader((n) => (n === 'probe-urls' ? 'https://a' : undefined));
    expect(() => r.getYaml('probe-urls', () => 1)).toThrow(/not marked yaml/);
    expect(() => r.getYaml('probes', (_p, _i, v, parse) => parse(v))).not.toThrow();
  });
});
