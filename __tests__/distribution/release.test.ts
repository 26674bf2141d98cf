/** scripts/release.mjs, run on a temporary copy of the repository (never on the working tree). */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { bumpPackageJson, compareVersions, parseVersion, releaseChangelog } from '../../scripts/release.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** The files `npm run generate` reads and writes, with node_modules linked. */
function copyRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'immutable-deploy-release-'));
  temps.push(root);
  for (const f of [
    'package.json',
    'package-lock.json',
    'CHANGELOG.md',
    'README.md',
    'action.yml',
    'vss-extension.json',
    'tsconfig.json',
    'task/task.json',
    'schema',
    'scripts',
    'src',
  ]) {
    cpSync(f, join(root, f), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

const release = (root: string, ...args: string[]) =>
  spawnSync(
    process.execPath,
    [resolve('scripts/release.mjs'), ...args, '--root', root, '--date', '2030-01-02', '--no-build'],
    { encoding: 'utf8', timeout: 60_000 },
  );

const next = (() => {
  const [a, b, c] = parseVersion(pkg.version);
  return `${a}.${b}.${c + 1}`;
})();

describe('release.mjs version checks', () => {
  it.each(['v1.2.3', '1.2', '1.2.3-beta.1', '01.2.3', '', 'latest'])('rejects %j', (v) => {
    expect(() => parseVersion(v)).toThrow(/expected X\.Y\.Z/);
  });

  it('compares numerically', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
  });

  it('refuses a version that is not greater than the current one, writing nothing', () => {
    const root = copyRepo();
    const res = release(root, pkg.version);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain(`version ${pkg.version} is not greater than the current ${pkg.version}`);
    expect(readFileSync(join(root, 'package.json'), 'utf8')).toBe(readFileSync('package.json', 'utf8'));
  });

  it('refuses a malformed version on the command line', () => {
    const res = release(copyRepo(), 'v9.9.9');
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/'v9\.9\.9' is not a release version/);
  });
});

describe('release.mjs on a copy', () => {
  it('--dry-run prints the plan and the git commands and writes nothing', () => {
    const root = copyRepo();
    const res = release(root, next, '--dry-run');
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toContain(`release ${pkg.version} -> ${next} (dry run`);
    expect(res.stdout).toContain(`git tag -a v${next}`);
    for (const f of ['package.json', 'CHANGELOG.md'])
      expect(readFileSync(join(root, f), 'utf8')).toBe(readFileSync(f, 'utf8'));
  });

  it('bumps package.json and the lock, regenerates task.json and vss-extension.json, releases the CHANGELOG, prints the tags', () => {
    const root = copyRepo();
    const res = release(root, next);
    expect(res.status, res.stderr).toBe(0);
    const read = (f: string) => readFileSync(join(root, f), 'utf8');
    expect(JSON.parse(read('package.json')).version).toBe(next);
    // Only the version line changed.
    expect(read('package.json')).toBe(
      readFileSync('package.json', 'utf8').replace(`"version": "${pkg.version}"`, `"version": "${next}"`),
    );
    const lock = JSON.parse(read('package-lock.json'));
    expect([lock.version, lock.packages[''].version]).toEqual([next, next]);
    const task = JSON.parse(read('task/task.json'));
    expect(`${task.version.Major}.${task.version.Minor}.${task.version.Patch}`).toBe(next);
    expect(JSON.parse(read('vss-extension.json')).version).toBe(next);
    const changelog = read('CHANGELOG.md');
    expect(changelog).toMatch(
      new RegExp(`## \\[Unreleased\\]\\n\\n## \\[${next.replace(/\./g, '\\.')}\\] - 2030-01-02\\n`),
    );
    const major = next.split('.')[0];
    expect(res.stdout).toContain(`git tag -a v${next} -m "v${next}"`);
    expect(res.stdout).toContain(`git tag -fa v${major} -m "v${next}"`);
    expect(res.stdout).toContain(`git push --force origin v${major}`);
    // A second release of the same version is refused.
    expect(release(root, next).status).toBe(1);
  }, 60_000);
});

describe('release.mjs helpers', () => {
  it('moves the Unreleased notes under the new version and leaves older sections alone', () => {
    const before = '# Changelog\n\n## [Unreleased]\n\n### Added\n\n- b\n\n## [1.0.0] - 2029-01-01\n\n- a\n';
    expect(releaseChangelog(before, '1.1.0', '2030-01-02')).toBe(
      '# Changelog\n\n## [Unreleased]\n\n## [1.1.0] - 2030-01-02\n\n### Added\n\n- b\n\n## [1.0.0] - 2029-01-01\n\n- a\n',
    );
    expect(() => releaseChangelog('# Changelog\n', '1.1.0', '2030-01-02')).toThrow(/no '## \[Unreleased\]'/);
  });

  it('changes only the first "version" in package.json', () => {
    const text = '{\n  "name": "x",\n  "version": "1.0.0",\n  "dependencies": { "y": "1.0.0" }\n}\n';
    expect(bumpPackageJson(text, '1.0.0', '1.0.1')).toBe(text.replace('"version": "1.0.0"', '"version": "1.0.1"'));
  });
});
