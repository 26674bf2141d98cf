#!/usr/bin/env node
/**
 * Prepares a release; never commits, tags or pushes.
 *
 *   npm run release -- 1.2.3               bump, regenerate, rebuild, write the CHANGELOG section
 *   npm run release -- 1.2.3 --dry-run     print the plan, write nothing
 *
 * 1. checks the version: X.Y.Z, greater than package.json's (task.json needs three numbers);
 * 2. sets it in package.json and package-lock.json;
 * 3. `npm run generate` (action.yml, task/task.json, vss-extension.json carry the version);
 * 4. `npm run build` (dist/, task/dist/);
 * 5. turns CHANGELOG.md's "## [Unreleased]" into "## [X.Y.Z] - date" under a new empty Unreleased;
 * 6. prints the git commands: commit, tag vX.Y.Z, move the major tag vX (how GitHub Actions are
 *    consumed: `@v1` follows the newest 1.x.y), push; and the Marketplace steps.
 *
 * Options: --root DIR (default: the repository), --date YYYY-MM-DD (default: today, UTC),
 * --no-generate (skip step 3), --no-build (skip step 4; the test skips it: it takes half a minute).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export class ReleaseError extends Error {}

export function parseVersion(v) {
  const m = SEMVER.exec(v ?? '');
  if (!m)
    throw new ReleaseError(
      `'${v ?? ''}' is not a release version; expected X.Y.Z (three numbers, no 'v', no pre-release suffix: task.json versions are three integers)`,
    );
  return m.slice(1, 4).map(Number);
}

export function compareVersions(a, b) {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

/** package.json / package-lock.json with the version changed in place (formatting kept). */
export function bumpPackageJson(text, from, to) {
  const re = new RegExp(`("version"\\s*:\\s*)"${from.replace(/\./g, '\\.')}"`);
  if (!re.test(text)) throw new ReleaseError(`no "version": "${from}" to replace`);
  return text.replace(re, `$1"${to}"`);
}

export function bumpLock(text, from, to) {
  const lock = JSON.parse(text);
  if (lock.version === from) lock.version = to;
  if (lock.packages?.['']?.version === from) lock.packages[''].version = to;
  return `${JSON.stringify(lock, null, 2)}\n`;
}

/** CHANGELOG.md with the Unreleased section released as `version` on `date`. */
export function releaseChangelog(text, version, date) {
  const heading = /^## \[Unreleased\][^\n]*\n/m;
  const m = heading.exec(text);
  if (!m) throw new ReleaseError("CHANGELOG.md has no '## [Unreleased]' section");
  if (new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm').test(text))
    throw new ReleaseError(`CHANGELOG.md already has a section for ${version}`);
  const start = m.index + m[0].length;
  const next = text.slice(start).search(/^## \[/m);
  const body = (next < 0 ? text.slice(start) : text.slice(start, start + next)).trim();
  const rest = next < 0 ? '' : text.slice(start + next);
  const released = `## [${version}] - ${date}\n\n${body || '- No notable changes.'}\n\n`;
  return `${text.slice(0, m.index)}## [Unreleased]\n\n${released}${rest}`.replace(/\n{3,}/g, '\n\n');
}

export function gitCommands(version) {
  const major = `v${version.split('.')[0]}`;
  return [
    `git add -A`,
    `git commit -m "Release v${version}"`,
    `git tag -a v${version} -m "v${version}"`,
    `git tag -fa ${major} -m "v${version}"          # move the major tag users pin: uses: immutable-deploy/immutable-deploy@${major}`,
    `git push origin HEAD v${version}`,
    `git push --force origin ${major}`,
  ];
}

function run(root, args) {
  // stdout of the child goes to our stderr: the plan and the git commands stay the only stdout.
  const res = spawnSync('npm', args, { cwd: root, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
  if (res.status !== 0) throw new ReleaseError(`npm ${args.join(' ')} failed (exit ${res.status})`);
}

export function release({
  version,
  root = REPO,
  date = new Date().toISOString().slice(0, 10),
  dryRun = false,
  generate = true,
  build = true,
  log = console.log,
}) {
  parseVersion(version);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ReleaseError(`--date '${date}' is not YYYY-MM-DD`);
  const pkgFile = join(root, 'package.json');
  const lockFile = join(root, 'package-lock.json');
  const changelogFile = join(root, 'CHANGELOG.md');
  const pkgText = readFileSync(pkgFile, 'utf8');
  const current = JSON.parse(pkgText).version;
  if (compareVersions(version, current) <= 0)
    throw new ReleaseError(`version ${version} is not greater than the current ${current}`);
  const changelog = releaseChangelog(readFileSync(changelogFile, 'utf8'), version, date);

  const writes = [
    [pkgFile, bumpPackageJson(pkgText, current, version)],
    ...(existsSync(lockFile) ? [[lockFile, bumpLock(readFileSync(lockFile, 'utf8'), current, version)]] : []),
    [changelogFile, changelog],
  ];
  log(`release ${current} -> ${version}${dryRun ? ' (dry run: nothing is written)' : ''}`);
  for (const [file] of writes) log(`  ${dryRun ? 'would write' : 'write'} ${file.slice(root.length + 1)}`);
  const scripts = [...(generate ? ['generate'] : []), ...(build ? ['build'] : [])];
  for (const s of scripts) log(`  ${dryRun ? 'would run' : 'run'} npm run ${s}`);
  if (!dryRun) {
    for (const [file, text] of writes) writeFileSync(file, text);
    for (const s of scripts) run(root, ['run', s]);
  }
  log('\nThen review the diff and run:\n');
  for (const c of gitCommands(version)) log(`  ${c}`);
  log(`\nAzure DevOps Marketplace: npm run package:vsix, then upload .cache/vsix/*-${version}.vsix`);
  log('(or: npx tfx extension publish --vsix <file> with a Marketplace token).');
  return { from: current, to: version, files: writes.map(([f]) => f) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const opt = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const version = argv.find((a, i) => !a.startsWith('--') && !['--root', '--date'].includes(argv[i - 1]));
  try {
    release({
      version,
      root: opt('--root') ? resolve(opt('--root')) : REPO,
      date: opt('--date') ?? new Date().toISOString().slice(0, 10),
      dryRun: argv.includes('--dry-run'),
      generate: !argv.includes('--no-generate'),
      build: !argv.includes('--no-build'),
    });
  } catch (err) {
    process.stderr.write(
      `release: ${err instanceof Error ? err.message : String(err)}\nusage: npm run release -- X.Y.Z [--dry-run] [--no-generate] [--no-build] [--date YYYY-MM-DD] [--root DIR]\n`,
    );
    process.exit(1);
  }
}
