#!/usr/bin/env node
/**
 * Packs the Azure DevOps extension (.vsix) with tfx, offline:
 *
 *   npm run package:vsix                      -> .cache/vsix/<publisher>.<id>-<version>.vsix
 *   node scripts/package-vsix.mjs --root DIR --out-dir DIR
 *
 * `vss-extension.json` is generated (npm run generate) and lists what the package carries: the
 * task folder (task.json, icon.png, dist/ from npm run build) and the images. Before calling tfx
 * this script checks that every one of those files exists, so a missing bundle is reported as
 * "run npm run build" instead of a package without code. tfx `extension create` only reads local
 * files (no service URL, no login); `--no-prompt` makes it fail instead of waiting for input.
 * The test (__tests__/distribution/vsix.test.ts) runs it without a network where it can.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Files the package must contain, relative to the root; the task bundle comes from npm run build. */
export const REQUIRED = [
  'vss-extension.json',
  'task/task.json',
  'task/icon.png',
  'task/dist/index.js',
  'task/dist/package.json',
  'task/dist/licenses.txt',
  'images/extension-icon.png',
];

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? resolve(process.argv[i + 1]) : fallback;
}

export function packageVsix({ root = REPO, outDir = join(root, '.cache', 'vsix') } = {}) {
  const manifest = JSON.parse(readFileSync(join(root, 'vss-extension.json'), 'utf8'));
  const missing = [...REQUIRED, manifest.content?.details?.path, manifest.icons?.default].filter(
    (f) => f && !existsSync(join(root, f)),
  );
  if (missing.length > 0) {
    const hint = missing.some((f) => f.startsWith('task/dist/')) ? ' (run npm run build first)' : '';
    throw new Error(`cannot package the extension: missing ${missing.join(', ')}${hint}`);
  }
  const task = JSON.parse(readFileSync(join(root, 'task', 'task.json'), 'utf8'));
  const taskVersion = `${task.version.Major}.${task.version.Minor}.${task.version.Patch}`;
  if (taskVersion !== manifest.version)
    throw new Error(
      `task.json version ${taskVersion} differs from vss-extension.json ${manifest.version} (run npm run generate)`,
    );

  mkdirSync(outDir, { recursive: true });
  const output = join(outDir, `${manifest.publisher}.${manifest.id}-${manifest.version}.vsix`);
  const tfx = join(REPO, 'node_modules', 'tfx-cli', '_build', 'tfx-cli.js');
  const res = spawnSync(
    process.execPath,
    [
      tfx,
      'extension',
      'create',
      '--root',
      root,
      '--manifest-globs',
      'vss-extension.json',
      '--output-path',
      output,
      '--no-prompt',
      '--no-color',
      '--json',
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, timeout: 120_000 },
  );
  if (res.status !== 0 || !existsSync(output)) {
    throw new Error(
      `tfx extension create failed (exit ${res.status ?? res.signal}):\n${res.stdout}\n${res.stderr}`.trim(),
    );
  }
  return output;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const file = packageVsix({ root: arg('--root', REPO), outDir: arg('--out-dir', undefined) });
    process.stdout.write(`${file}\n`);
  } catch (err) {
    process.stderr.write(`package-vsix: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
