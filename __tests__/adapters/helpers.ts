/**
 * Helpers for the adapter tests. They run the BUILT bundles as their runners do; they never build
 * (build.test.ts checks that the bundles in the tree are exactly what the sources build to, so a
 * stale bundle fails that test with "run npm run build").
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BUNDLES = {
  githubMain: join(ROOT, 'dist/github/main.js'),
  githubPost: join(ROOT, 'dist/github/post.js'),
  ado: join(ROOT, 'task/dist/index.js'),
  cli: join(ROOT, 'dist/cli/index.js'),
};
export const NODE24 = join(ROOT, '.cache/node24/bin/node');
/** The runtimes every bundle must run on: this Node 20 and the Node 24 from setup-runtimes. */
export const RUNTIMES = [
  { name: 'node20', bin: process.execPath, major: 20 },
  { name: 'node24', bin: NODE24, major: 24 },
] as const;

/** Puts Node 24 (and task-lib's mock runner runtimes) in place; fast when already done. */
export function ensureRuntimes(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts/setup-runtimes.mjs'), '--quiet'], { stdio: 'inherit' });
  if (!existsSync(NODE24)) throw new Error(`${NODE24} is missing; run node scripts/setup-runtimes.mjs`);
}

export function ensureBundles(): void {
  const missing = Object.values(BUNDLES).filter((b) => !existsSync(b));
  if (missing.length > 0) throw new Error(`bundles missing (${missing.join(', ')}); run npm run build`);
}

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `immutable-deploy-${prefix}-`));

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `node file args` with exactly `env` (plus PATH/HOME), as a runner would. */
export function runNode(bin: string, file: string, args: string[], env: Record<string, string>, options: { cwd?: string; onSpawn?: (pid: number) => void } = {}): Promise<Ran> {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(bin, [file, ...args], {
      cwd: options.cwd ?? tmpdir(),
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    if (child.pid) options.onSpawn?.(child.pid);
    child.on('close', (code, signal) => resolvePromise({ code, signal, stdout, stderr, ms: Date.now() - started }));
  });
}

/**
 * A probe target on 127.0.0.1 in a worker thread, so it keeps answering while the test thread
 * blocks in spawnSync (task-lib's MockTestRunner). Paths: /ok → 200 "healthy", /fail → 500,
 * /slow → 200 after 2 s.
 */
export async function startProbeServer(): Promise<{ url: (path: string) => string; stop: () => Promise<void> }> {
  const worker = new Worker(
    `
    const { createServer } = require('node:http');
    const { parentPort } = require('node:worker_threads');
    const server = createServer((req, res) => {
      if (req.url === '/ok') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('healthy'); return; }
      if (req.url === '/slow') { setTimeout(() => { res.writeHead(200); res.end('late'); }, 2000); return; }
      res.writeHead(500, { 'content-type': 'text/plain' }); res.end('broken');
    });
    server.keepAliveTimeout = 100;
    server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
    parentPort.on('message', (m) => { if (m === 'stop') { server.closeAllConnections(); server.close(() => process.exit(0)); } });
    `,
    { eval: true },
  );
  const port = await new Promise<number>((res, rej) => {
    worker.once('message', res);
    worker.once('error', rej);
  });
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    stop: async () => {
      worker.postMessage('stop');
      await new Promise((r) => worker.once('exit', r));
    },
  };
}

/** GITHUB_OUTPUT / GITHUB_STATE file commands: `name<<DELIM\nvalue\nDELIM` blocks. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) {
      const kv = /^([^=]+)=(.*)$/.exec(lines[i]!);
      if (kv) out[kv[1]!] = kv[2]!;
      continue;
    }
    const [, name, delim] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
    if (i >= lines.length) throw new Error(`unterminated heredoc for ${name}`);
    out[name!] = value.join('\n');
  }
  return out;
}

/** Lines that look like a JavaScript stack frame. */
export const stackLines = (text: string) => text.split('\n').filter((l) => /^\s+at .+/.test(l));
