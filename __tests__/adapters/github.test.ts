/**
 * The GitHub Action bundle (dist/github/main.js, post.js) run as the runner runs it: a child
 * process with INPUT_* variables and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files,
 * on Node 20 and Node 24.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorMessage, prepareStep } from '../../src/adapters/shared/prepare.js';
import { BUNDLES, parseFileCommands, ROOT, runNode, RUNTIMES, stackLines, tempDir, useProbeServer } from './helpers.js';

const SECRET = 'gh-client-secret-5up3r';

const server = useProbeServer();

/** GitHub's naming: INPUT_ + name uppercased, spaces to '_', hyphens kept. */
const inputEnv = (inputs: Record<string, string>) =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]));

async function runAction(
  bin: string,
  inputs: Record<string, string>,
  file = BUNDLES.githubMain,
  extraEnv: Record<string, string> = {},
) {
  const dir = tempDir('gh');
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary.md'), state: join(dir, 'state') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const ran = await runNode(bin, file, [], {
    ...inputEnv(inputs),
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    ...extraEnv,
  });
  const read = (f: string) => readFileSync(f, 'utf8');
  return {
    ...ran,
    outputText: read(files.output),
    outputs: parseFileCommands(read(files.output)),
    summary: read(files.summary),
    state: parseFileCommands(read(files.state)),
  };
}

const quick = {
  'probe-successes': '2',
  'probe-interval': '20ms',
  'probe-request-timeout': '2s',
  'probe-timeout': '1s',
};

describe.each(RUNTIMES)('GitHub Action bundle on $name', ({ bin }) => {
  it('passes verify against a healthy endpoint: outputs, summary, exit 0, secret masked', async () => {
    const r = await runAction(bin, {
      stages: 'verify',
      'probe-urls': server.url('/ok'),
      'client-secret': SECRET,
      ...quick,
    });
    expect(r.stderr).toBe('');
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.result).toBe('succeeded');
    expect(r.outputs['verify-result']).toBe('passed');
    const probes = JSON.parse(r.outputs['probe-results']!) as { url: string; passed: boolean; attempts: number }[];
    expect(probes).toEqual([expect.objectContaining({ url: server.url('/ok'), passed: true, attempts: 2 })]);
    expect(r.summary).toContain('### immutable-deploy: succeeded');
    expect(r.summary).toMatch(/\| verify \| ✅ succeeded \|/);
    expect(r.stdout).toMatch(/^::group::verify$/m);
    expect(r.stdout).toMatch(/^::endgroup::$/m);
    expect(r.stdout).not.toMatch(/^::error::/m);
    // The only place the secret may appear is the command that masks it, before anything else.
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`::add-mask::${SECRET}`);
    expect(lines.filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(SECRET);
    expect(r.outputText + r.summary).not.toContain(SECRET);
    expect(r.state.held).toBe('{}');
  });

  it('fails verify against a broken endpoint: ::error:: annotation, failed outputs, exit 1', async () => {
    const r = await runAction(bin, {
      stages: 'verify',
      'probe-urls': server.url('/fail'),
      'probe-failure-limit': '2',
      ...quick,
    });
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('failed');
    expect(r.outputs['verify-result']).toBe('failed');
    expect(JSON.parse(r.outputs['probe-results']!)).toEqual([expect.objectContaining({ passed: false })]);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors.at(-1)).toMatch(/^::error::verify failed: 1 of 1 probes failed/);
    expect(r.summary).toContain('### immutable-deploy: failed');
    expect(r.summary).toContain('❌');
    expect(stackLines(r.stdout + r.stderr)).toEqual([]);
  });

  it('rejects bad input with one clear error, exit 1, no stack trace and nothing written', async () => {
    const r = await runAction(bin, {
      stages: 'verify',
      'probe-urls': 'ftp://example.com',
      'probe-successes': 'many',
      'client-secret': SECRET,
    });
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::2 inputs need fixing:%0A {2}- input /);
    expect(errors[0]).toContain("input 'probe-urls': 'ftp://example.com' is not an http(s) URL");
    expect(errors[0]).toContain("input 'probe-successes': 'many'");
    expect(stackLines(r.stdout + r.stderr)).toEqual([]);
    expect(r.stdout).not.toContain(' at ');
    expect(r.stdout.split('\n')[0]).toBe(`::add-mask::${SECRET}`);
    expect(
      r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain(SECRET);
    expect(r.outputText).toBe('');
    expect(r.summary).toBe('');
    expect(r.state).toEqual({});
  });

  it('bad input prints exactly what @actions/core prints for the same masks and failure, before loading it', async () => {
    // A multi-line secret with characters workflow commands escape, and a bad value that puts '%' in the message.
    const inputs = {
      stages: 'verify',
      'probe-urls': 'ftp://example.com/100%',
      'target-regions': 'westeurop',
      'client-secret': 'gh-s3cret%25:a,b\r\nsecond-line\n',
    };
    const r = await runAction(bin, inputs);
    // The same inputs through @actions/core, as the entry did before it validated without it:
    // core.setSecret for every value prepareStep registers, then core.setFailed(message).
    const secrets: string[] = [];
    const env = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
    let message = '';
    try {
      prepareStep({
        adapter: 'github',
        read: (n) => env[`INPUT_${n.toUpperCase()}`]?.trim() || undefined,
        namer: (n) => n,
        host: { setSecret: (v) => secrets.push(v) },
      });
    } catch (err) {
      message = errorMessage(err);
    }
    expect(message).toContain("input 'target-regions'");
    const toolkit = await runNode(
      bin,
      '--input-type=module',
      [
        '-e',
        `import * as core from ${JSON.stringify(join(ROOT, 'node_modules/@actions/core/lib/core.js'))}; const c = JSON.parse(process.env.CALLS); for (const s of c.secrets) core.setSecret(s); core.setFailed(c.message);`,
      ],
      { CALLS: JSON.stringify({ secrets, message }) },
    );
    expect(toolkit.code).toBe(1);
    expect(r.stdout).toBe(toolkit.stdout);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      '::add-mask::gh-s3cret%2525:a,b%0D%0Asecond-line',
      '::add-mask::gh-s3cret%2525:a,b',
      '::add-mask::second-line',
    ]);
    expect(r.stdout.split('\n')[3]).toMatch(
      /^::error::2 inputs need fixing:%0A {2}- input 'target-regions': .*%0A {2}- input 'probe-urls': 'ftp:\/\/example\.com\/100%25' /,
    );
  });

  it('a missing required input names it in kebab-case', async () => {
    const r = await runAction(bin, { stages: 'verify' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^::error::input 'probe-urls': is required when stage 'verify' has nothing else to check/m,
    );
  });

  it('the post step reads the saved state and reports that nothing is held', async () => {
    const main = await runAction(bin, { stages: 'verify', 'probe-urls': server.url('/ok'), ...quick });
    expect(main.code).toBe(0);
    // The runner hands saved state to the post step as STATE_<name>.
    const post = await runAction(bin, {}, BUNDLES.githubPost, { STATE_held: main.state.held! });
    expect(post.code).toBe(0);
    expect(post.stdout).toContain('this run holds no deploy lock; nothing to release.');
    const noState = await runAction(bin, {}, BUNDLES.githubPost);
    expect(noState.code).toBe(0);
    expect(noState.stdout).toContain('saved no state');
  });
});

describe('GitHub Action bundle start-up', () => {
  it('loads no @azure/* module: bad input fails fast', async () => {
    // Azure SDK code lives in lazily loaded chunks (if anywhere), never in the entry bundle. Match
    // the SDK's definitions: our own credential factory names the classes it constructs.
    const entry = readFileSync(BUNDLES.githubMain, 'utf8');
    expect(entry).not.toMatch(
      /class (AzureCliCredential|ClientAssertionCredential|ComputeManagementClient)\b|function bearerTokenAuthenticationPolicy\b/,
    );
    // Nor @actions/core (whose OIDC client brings @actions/http-client and undici) or the engine:
    // the entry parses the inputs and loads the rest only when they are good.
    expect(entry).not.toMatch(/class (OidcClient|HttpClient)\b|function setFailed\b|function runEngine\b/);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await runAction(process.execPath, { stages: 'verify' });
      expect(r.code).toBe(1);
      times.push(r.ms);
    }
    // Generous bound for loaded CI machines; typical is ~130 ms (see the adapter report).
    expect(Math.min(...times)).toBeLessThan(1500);
  });
});
