#!/usr/bin/env node
/**
 * Bundles the three adapters with ncc (entries in scripts/ncc/, which holds the tsconfig ncc uses) into ESM that runs on Node 20 and Node 24:
 *   src/adapters/github/main.ts        -> dist/github/main.js
 *   src/adapters/github/post.ts        -> dist/github-post/index.js
 *   src/adapters/azure-devops/main.ts  -> task/dist/index.js   (+ task/dist/package.json {"type":"module"})
 *   src/cli/index.ts                   -> dist/cli/index.js    (shebang, executable)
 * Modules loaded with dynamic import() (the Azure SDK) become chunk files next to the bundle, and
 * each folder gets licenses.txt, the licence notices of the packages bundled into it.
 * Output folders are emptied first and every file is written with fixed content only, so
 * building twice gives identical bytes. `node scripts/build.mjs --check` builds into a temporary
 * folder and fails when the result differs from the committed files.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Each output folder and the entries bundled into it. */
export const TARGETS = [
  // One folder per entry: ncc numbers each build's chunks on its own, so two entries sharing a
  // folder can emit different chunks under the same name.
  { dir: 'dist/github', entries: [{ src: 'scripts/ncc/github-main.ts', out: 'main.js' }] },
  { dir: 'dist/github-post', entries: [{ src: 'scripts/ncc/github-post.ts', out: 'index.js' }] },
  { dir: 'task/dist', entries: [{ src: 'scripts/ncc/azure-devops.ts', out: 'index.js' }], packageJson: true },
  { dir: 'dist/cli', entries: [{ src: 'scripts/ncc/cli.ts', out: 'index.js', shebang: true }] },
];

const SHEBANG = '#!/usr/bin/env node\n';
const LICENSES = 'licenses.txt';
/**
 * Assets ncc copies that nothing here runs: `xdg-open` comes with the `open` package, which
 * @azure/identity loads only for interactive browser sign-in, a method no adapter offers.
 */
const UNUSED_ASSETS = new Set(['xdg-open']);

async function bundle(entry) {
  const { code, assets } = await ncc(join(ROOT, entry.src), {
    esm: true,
    minify: false,
    sourceMap: false,
    sourceMapRegister: false,
    target: 'es2022',
    quiet: true,
    cache: false,
    // Type checking is tsc's job (npm run typecheck); the bundle only needs the JavaScript.
    transpileOnly: true,
    // Loaded with import() at run time from inside the package; nothing stays external.
    externals: [],
    // The licence notices of every bundled package, shipped next to the bundle (and in the .vsix).
    license: LICENSES,
  });
  return { code, assets };
}

/** Builds every target into `outRoot` (the repository, or a temporary folder for --check). */
export async function build(outRoot = ROOT) {
  const written = [];
  for (const target of TARGETS) {
    const files = new Map();
    const put = (name, source, from) => {
      const prev = files.get(name);
      if (prev !== undefined && Buffer.compare(Buffer.from(prev), Buffer.from(source)) !== 0) {
        throw new Error(`${target.dir}/${name}: ${from} emits a different file of the same name`);
      }
      files.set(name, source);
    };
    for (const entry of target.entries) {
      const { code, assets } = await bundle(entry);
      let main = code.replace(/^#!.*\n/, '');
      if (entry.shebang) main = SHEBANG + main;
      put(entry.out, main, entry.src);
      for (const [name, asset] of Object.entries(assets)) {
        if (name === 'package.json') continue; // ncc's own type marker; written below when wanted
        if (UNUSED_ASSETS.has(name)) continue;
        put(name, asset.source, entry.src);
      }
    }
    if (target.packageJson) put('package.json', '{\n  "type": "module"\n}\n', 'build');
    const dir = join(outRoot, target.dir);
    rmSync(dir, { recursive: true, force: true });
    for (const name of [...files.keys()].sort()) {
      const file = join(dir, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, files.get(name));
      written.push(relative(outRoot, file));
    }
    for (const entry of target.entries.filter((e) => e.shebang)) chmodSync(join(dir, entry.out), 0o755);
  }
  return written;
}

function listFiles(dir, base = dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? listFiles(p, base) : [relative(base, p)];
  });
}

/** Differences between a fresh build in `fresh` and the repository's files. */
export function compare(fresh) {
  const diffs = [];
  for (const { dir } of TARGETS) {
    const a = new Set(listFiles(join(ROOT, dir)));
    const b = new Set(listFiles(join(fresh, dir)));
    for (const f of b) if (!a.has(f)) diffs.push(`${dir}/${f}: missing from the repository`);
    for (const f of a) if (!b.has(f)) diffs.push(`${dir}/${f}: not produced by the build`);
    for (const f of b) {
      if (a.has(f) && !readFileSync(join(ROOT, dir, f)).equals(readFileSync(join(fresh, dir, f))))
        diffs.push(`${dir}/${f}: differs`);
    }
  }
  return diffs;
}

async function cli() {
  const check = process.argv.includes('--check');
  const started = Date.now();
  if (!check) {
    const files = await build();
    process.stderr.write(
      `build: ${files.length} files in ${Date.now() - started} ms\n${files.map((f) => `  ${f}`).join('\n')}\n`,
    );
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'immutable-deploy-build-'));
  try {
    await build(tmp);
    const diffs = compare(tmp);
    if (diffs.length > 0) {
      process.stderr.write(
        `build --check: the committed bundles are stale (run npm run build):\n${diffs.map((d) => `  ${d}`).join('\n')}\n`,
      );
      process.exitCode = 1;
    } else process.stderr.write(`build --check: bundles up to date (${Date.now() - started} ms)\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli().catch((err) => {
    process.stderr.write(`build failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
