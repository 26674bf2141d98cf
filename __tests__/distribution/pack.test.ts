/**
 * The npm package installs as the README says: `npm pack` gives a tarball holding the CLI bundle
 * (self-contained: no runtime dependencies), `npm install <tarball>` in an empty folder works
 * offline, and the installed `immutable-deploy` answers --version, --help and a bad input the way
 * a user sees it.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  version: string;
  dependencies?: object;
  private?: boolean;
};
const work = mkdtempSync(join(tmpdir(), 'immutable-deploy-pack-'));
const app = join(work, 'app');
// npm's cache for this test only: nothing lands in the user's ~/.npm, and nothing can come from the registry.
const npmEnv = { ...process.env, npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false' };
let packed: string[] = [];

beforeAll(async () => {
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, env: npmEnv });
  const [info] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  packed = info!.files.map((f) => f.path);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{ "name": "empty", "version": "1.0.0", "private": true }\n');
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, info!.filename)], {
    cwd: app,
    env: npmEnv,
  });
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The installed command, as `npx immutable-deploy …` runs it in that folder. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['exec', '--offline', '--', 'immutable-deploy', ...args], {
      cwd: app,
      env: npmEnv,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('the npm package', () => {
  it('is publishable and needs nothing from the registry at install time', () => {
    expect(pkg.private).toBeUndefined();
    // The CLI is one bundle: the SDKs it uses are inside it.
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('holds the CLI bundle, the licence and the README, not the sources', () => {
    expect(packed).toEqual(
      expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'dist/cli/index.js', 'dist/cli/licenses.txt']),
    );
    expect(
      packed.filter((p) => !p.startsWith('dist/cli/') && !['package.json', 'README.md', 'LICENSE'].includes(p)),
    ).toEqual(['schema/immutable-deploy.schema.json']);
  });

  it('installs a working immutable-deploy: --version is the package version', async () => {
    expect(await cli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('--help and help run show the help', async () => {
    const main = await cli(['--help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('immutable-deploy run [--flags]');
    const runHelp = await cli(['help', 'run']);
    expect(runHelp.code).toBe(0);
    expect(runHelp.stdout).toMatch(/^Usage: immutable-deploy run \[--flags\]/);
    expect(runHelp.stdout).toContain('--stages');
  });

  it('a bad input fails with exit code 1 and says what is wrong, before any Azure call', async () => {
    const bad = await cli(['run', '--stages', 'bogus']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("input '--stages': 'bogus' is not a stage");
    expect(bad.stderr).toContain('(see immutable-deploy run --help)');
  });
});
