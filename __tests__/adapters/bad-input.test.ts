/**
 * Every bad input through the real entry points — the CLI bundle and the GitHub Action bundle, run
 * as their runners run them — against one emulator: exit 1, exactly one error line naming the input
 * (and never the content of a file it names), and not one request to Azure. The base inputs are
 * good ones that do call the emulator (the control runs prove it), so a check that let a bad value
 * through would show up as requests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { BUNDLES, ensureBundles, runNode, stackLines, tempDir, type Ran } from './helpers.js';

/** The built bundles, run the way their runners run them (the build test keeps them current). */
const ENTRIES = { cli: BUNDLES.cli, githubMain: BUNDLES.githubMain };
const runEntry = (entry: string, args: string[], env: Record<string, string>) =>
  runNode(process.execPath, entry, args, env);

let emu: Emulator;
let dir: string;

beforeAll(async () => {
  ensureBundles();
  emu = await startEmulator({ timeScale: 100_000, seed: 7 });
  dir = tempDir('bad-input');
});
afterAll(() => emu.close());

type Inputs = Record<string, string>;
const SECRET = 'S3cret-in-a-file-9431';

/** Signs in to the emulator with a static token: a run that gets past its inputs calls it. */
const connection = (): Inputs => ({
  cloud: 'Custom',
  'arm-endpoint': emu.endpoint,
  'ca-file': emu.caFile,
  auth: 'static-token',
  'access-token': 'emulator-token-5150',
  'subscription-id': emu.subscriptionId,
  'resource-group': 'rg-app',
});
const imageVersion = () =>
  `/subscriptions/${emu.subscriptionId}/resourceGroups/rg-img/providers/Microsoft.Compute/galleries/gal/images/web/versions/1.0.0`;
const BASES = {
  deploy: (): Inputs => ({ ...connection(), stages: 'deploy', 'scale-set': 'vmss-web', 'image-id': imageVersion() }),
  slotSwap: (): Inputs => ({
    ...connection(),
    stages: 'deploy',
    strategy: 'slot-swap',
    'app-service': 'web',
    'container-image': 'contoso.azurecr.io/web:1.0.0',
  }),
  bake: (): Inputs => ({
    ...connection(),
    stages: 'bake,publish',
    'gallery-name': 'gal',
    'image-definition': 'web',
    builder: 'image-builder',
    'image-builder-source': 'Canonical:ubuntu-24_04-lts:server:latest',
    'image-builder-identity': `/subscriptions/${emu.subscriptionId}/resourceGroups/rg-img/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aib`,
    'image-builder-customizers': '- type: Shell\n  inline: ["apt-get install -y nginx"]',
    'target-regions': 'westeurope,northeurope',
  }),
};

interface Case {
  readonly name: string;
  readonly base: keyof typeof BASES;
  readonly inputs: () => Inputs;
  readonly input: string;
  /** What the one error line says after "input '<name>': ". */
  readonly says: string | RegExp;
  /** Text that must appear nowhere in the output (a file's content). */
  readonly never?: readonly string[];
}

const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const CASES: readonly Case[] = [
  {
    name: 'config: /etc/passwd',
    base: 'deploy',
    inputs: () => ({ config: '/etc/passwd' }),
    input: 'config',
    says: "'/etc/passwd' holds a YAML text, not a mapping; expected a YAML mapping of input names to values (the content is not shown)",
    never: ['root:x'],
  },
  {
    name: 'config: a PEM',
    base: 'deploy',
    inputs: () => ({ config: emu.caFile }),
    input: 'config',
    says: /holds a YAML text, not a mapping; expected a YAML mapping/,
    never: ['BEGIN CERTIFICATE', 'MII'],
  },
  {
    name: 'config: a map of other keys',
    base: 'deploy',
    inputs: () => ({ config: file('app.yml', `database:\n  password: ${SECRET}\nuser: admin\n`) }),
    input: 'config',
    says: /names no input among its 2 key\(s\)/,
    never: [SECRET, 'database', 'admin'],
  },
  {
    name: 'config: not YAML',
    base: 'deploy',
    inputs: () => ({ config: file('bad.yml', `token: "${SECRET}\n  - [unclosed\n`) }),
    input: 'config',
    says: /is not valid YAML \(line \d+, column \d+\); expected a YAML mapping/,
    never: [SECRET],
  },
  {
    name: 'config: a directory',
    base: 'deploy',
    inputs: () => ({ config: dir }),
    input: 'config',
    says: /^cannot read '[^']+': it is a directory; expected a YAML mapping of input names to values \(the content is not shown\)$/,
  },
  {
    name: 'config: too large',
    base: 'deploy',
    inputs: () => ({ config: file('big.yml', `stages: deploy\n# ${'x'.repeat(1_100_000)}\n`) }),
    input: 'config',
    says: /: it is larger than 1 MiB; expected/,
  },
  {
    name: 'config: binary',
    base: 'deploy',
    inputs: () => ({ config: file('bin.yml', Buffer.from([0x73, 0x3a, 0x00, 0x01])) }),
    input: 'config',
    says: /: it is not a text file; expected/,
  },
  {
    name: 'config: missing',
    base: 'deploy',
    inputs: () => ({ config: join(dir, 'nope.yml') }),
    input: 'config',
    says: /: no such file; expected/,
  },
  {
    name: 'ca-file: missing',
    base: 'deploy',
    inputs: () => ({ 'ca-file': join(dir, 'missing.pem') }),
    input: 'ca-file',
    says: /cannot be read: no such file; expected a PEM file/,
  },
  {
    name: 'ca-file: not a PEM',
    base: 'deploy',
    inputs: () => ({ 'ca-file': file('ca.yml', `key: ${SECRET}\n`) }),
    input: 'ca-file',
    says: /is not a PEM certificate file; expected one or more '-----BEGIN CERTIFICATE-----' blocks/,
    never: [SECRET],
  },
  {
    name: 'deploy-timeout: 30 days',
    base: 'deploy',
    inputs: () => ({ 'deploy-timeout': '30d' }),
    input: 'deploy-timeout',
    says: "'30d' is too long; expected at most 7d",
  },
  {
    name: 'lock-timeout: 2 days',
    base: 'deploy',
    inputs: () => ({ 'lock-timeout': '2d' }),
    input: 'lock-timeout',
    says: "'2d' is too long; expected at most 1d",
  },
  {
    name: 'pause-between-batches: 2 days',
    base: 'deploy',
    inputs: () => ({ 'pause-between-batches': '48h' }),
    input: 'pause-between-batches',
    says: "'48h' is too long; expected at most 1d",
  },
  {
    name: 'probe-interval: zero',
    base: 'deploy',
    inputs: () => ({ 'probe-interval': '0' }),
    input: 'probe-interval',
    says: "'0' is zero; expected a duration above zero",
  },
  {
    name: 'probe-timeout: zero',
    base: 'deploy',
    inputs: () => ({ 'probe-timeout': '0s' }),
    input: 'probe-timeout',
    says: "'0s' is zero; expected a duration above zero",
  },
  {
    name: 'verify-command-timeout: 8 days',
    base: 'deploy',
    inputs: () => ({ 'verify-command-timeout': '8d' }),
    input: 'verify-command-timeout',
    says: "'8d' is too long; expected at most 1d",
  },
  {
    name: 'bake-timeout: 8 days',
    base: 'bake',
    inputs: () => ({ 'bake-timeout': '8d' }),
    input: 'bake-timeout',
    says: "'8d' is too long; expected at most 7d",
  },
  {
    name: 'bake-timeout: longer than Image Builder',
    base: 'bake',
    inputs: () => ({ 'bake-timeout': '20h' }),
    input: 'bake-timeout',
    says: /'20h' is longer than Image Builder builds may run; expected at most 16h/,
  },
  {
    name: 'replication-timeout: zero',
    base: 'bake',
    inputs: () => ({ 'replication-timeout': '0m' }),
    input: 'replication-timeout',
    says: "'0m' is zero; expected a duration above zero",
  },
  {
    name: 'customizers: Shell without a script',
    base: 'bake',
    inputs: () => ({ 'image-builder-customizers': '- type: Shell\n  name: nothing' }),
    input: 'image-builder-customizers',
    says: "item 1 (Shell) needs 'inline' or 'scriptUri'; expected exactly one of them",
  },
  {
    name: 'customizers: File without destination',
    base: 'bake',
    inputs: () => ({ 'image-builder-customizers': '- type: File\n  sourceUri: https://x/f' }),
    input: 'image-builder-customizers',
    says: "item 1 (File) needs 'destination'; expected 'sourceUri' and 'destination'",
  },
  {
    name: 'customizers: inline not a list',
    base: 'bake',
    inputs: () => ({ 'image-builder-customizers': `- type: Shell\n  inline: echo ${SECRET}` }),
    input: 'image-builder-customizers',
    says: "item 1 (Shell) field 'inline' is a string; expected a list of strings",
    never: [SECRET],
  },
  {
    name: 'customizers: unknown type',
    base: 'bake',
    inputs: () => ({ 'image-builder-customizers': '- type: Bash\n  inline: [x]' }),
    input: 'image-builder-customizers',
    says: "item 1 has type 'Bash'; expected one of Shell, PowerShell, File, WindowsRestart, WindowsUpdate",
  },
  {
    name: 'image-builder-vm-size',
    base: 'bake',
    inputs: () => ({ 'image-builder-vm-size': 'D2s_v5' }),
    input: 'image-builder-vm-size',
    says: /'D2s_v5' is not an Azure VM size; .* did you mean 'Standard_D2s_v5'\?/,
  },
  {
    name: 'stages: twice',
    base: 'deploy',
    inputs: () => ({ stages: 'deploy,verify,deploy' }),
    input: 'stages',
    says: "'deploy' is listed twice; expected each stage once",
  },
  {
    name: 'target-regions: empty entry',
    base: 'bake',
    inputs: () => ({ 'target-regions': 'westeurope,,northeurope' }),
    input: 'target-regions',
    says: /'westeurope,,northeurope' has an empty region between commas/,
  },
  {
    name: 'end-of-life-date: past',
    base: 'bake',
    inputs: () => ({ 'end-of-life-date': '2001-01-01' }),
    input: 'end-of-life-date',
    says: /'2001-01-01' is not in the future \(today is \d{4}-\d{2}-\d{2}\)/,
  },
  {
    name: 'container-image: not a reference',
    base: 'slotSwap',
    inputs: () => ({ 'container-image': 'contoso.azurecr.io//web:1' }),
    input: 'container-image',
    says: /is not a container image reference; expected/,
  },
];

/** GitHub's naming: INPUT_ + the name upper-cased, hyphens kept. */
async function runAction(inputs: Inputs): Promise<Ran> {
  const env = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary.md', GITHUB_STATE: 'state' };
  const run = tempDir('bad-input-gh');
  for (const [k, f] of Object.entries(files)) writeFileSync((env[k] = join(run, f)), '');
  return runEntry(ENTRIES.githubMain, [], { ...env, GITHUB_ACTIONS: 'true', RUNNER_TEMP: run });
}

const runCli = (inputs: Inputs): Promise<Ran> =>
  runEntry(ENTRIES.cli, ['run', ...Object.entries(inputs).map(([k, v]) => `--${k}=${v}`)], {});

const ADAPTERS = [
  // The CLI prints one 'immutable-deploy: …' line, then a pointer to --help.
  {
    name: 'CLI',
    run: runCli,
    namer: (n: string) => `--${n}`,
    errors: (r: Ran) => r.stderr.split('\n').filter((l) => l.startsWith('immutable-deploy: ')),
  },
  {
    name: 'GitHub Action',
    run: runAction,
    namer: (n: string) => n,
    errors: (r: Ran) => r.stdout.split('\n').filter((l) => l.startsWith('::error')),
  },
] as const;

/** Runs `items` through `fn`, `size` at a time: enough parallelism to stay quick on two shared cores. */
async function inGroups<T, R>(items: readonly T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

const unescapeCommand = (line: string) => line.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

describe.each(ADAPTERS)('bad input through the $name entry', (adapter) => {
  it('each good base reaches the emulator (so the no-request check below can fail)', async () => {
    mkdirSync(dir, { recursive: true });
    for (const [name, base] of Object.entries(BASES)) {
      emu.control.clearRequests();
      // Plan mode: every read for real, no write. It may still fail later (nothing is seeded).
      const r = await adapter.run({ ...base(), 'dry-run': 'true' });
      expect(emu.control.requests().length, `${name}\n${r.stdout}\n${r.stderr}`).toBeGreaterThan(0);
      expect(emu.control.requests().filter((q) => q.write)).toEqual([]);
    }
  });

  it('refuses every case with exit 1, one error line naming the input, no content echoed and no request', async () => {
    emu.control.clearRequests();
    const results = await inGroups(CASES, 4, async (c) => ({
      c,
      r: await adapter.run({ ...BASES[c.base](), ...c.inputs() }),
    }));
    for (const { c, r } of results) {
      const errors = adapter.errors(r).map(unescapeCommand);
      expect(errors, `${c.name}\n${r.stdout}\n${r.stderr}`).toHaveLength(1);
      const line = errors[0]!;
      const prefix = `input '${adapter.namer(c.input)}': `;
      expect(line, c.name).toContain(prefix);
      expect(line, c.name).not.toMatch(/inputs need fixing/);
      const message = line.slice(line.indexOf(prefix) + prefix.length);
      if (typeof c.says === 'string') expect(message, c.name).toBe(c.says);
      else expect(message, c.name).toMatch(c.says);
      expect(r.code, c.name).toBe(1);
      expect(stackLines(r.stdout + r.stderr), c.name).toEqual([]);
      for (const text of c.never ?? []) expect(r.stdout + r.stderr, c.name).not.toContain(text);
    }
    expect(emu.control.requests().map((q) => `${q.method} ${q.path}`)).toEqual([]);
  });
});
