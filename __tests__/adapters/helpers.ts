/**
 * Helpers for the adapter tests. They run the BUILT bundles as their runners do; they never build
 * (build.test.ts checks that the bundles in the tree are exactly what the sources build to, so a
 * stale bundle fails that test with "run npm run build").
 */
import { execFileSync, spawn } from 'node:child_process';
import { afterAll, beforeAll } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BUNDLES = {
  githubMain: join(ROOT, 'dist/github/main.js'),
  githubPost: join(ROOT, 'dist/github-post/index.js'),
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
export function runNode(
  bin: string,
  file: string,
  args: string[],
  env: Record<string, string>,
  options: { cwd?: string; onSpawn?: (pid: number) => void } = {},
): Promise<Ran> {
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

/** What task-lib's MockTestRunner saw of a task run. */
export interface TaskRun {
  stdout: string;
  stderr: string;
  succeeded: boolean;
  failed: boolean;
  errorIssues: string[];
  warningIssues: string[];
  /** The markdown the task attached with ##vso[task.uploadsummary], if any. */
  summary?: string;
}

/**
 * Runs the task bundle the way task tests run it: a TaskMockRunner script
 * (azure-pipelines-task-lib/mock-run) with these inputs (by task.json name), executed by task-lib's
 * MockTestRunner on the pinned Node runtime. The real task library is bundled into the task, so the
 * script uses `run(true)`: no mocked task-lib, the bundle's own ##vso commands are what the agent
 * would see.
 *
 * MockTestRunner waits in spawnSync; it runs in a worker thread so that this thread stays free to
 * serve whatever the task calls (the emulator in azure-e2e-ado.test.ts).
 */
export async function runAdoTask(
  nodeMajor: 20 | 24,
  inputs: Record<string, string>,
  variables: Record<string, string> = {},
): Promise<TaskRun> {
  const dir = tempDir('ado');
  const script = join(dir, 'run.cjs');
  writeFileSync(
    script,
    [
      `const { TaskMockRunner } = require(${JSON.stringify(join(ROOT, 'node_modules/azure-pipelines-task-lib/mock-run.js'))});`,
      `const tmr = new TaskMockRunner(${JSON.stringify(BUNDLES.ado)});`,
      ...Object.entries(inputs).map(([k, v]) => `tmr.setInput(${JSON.stringify(k)}, ${JSON.stringify(v)});`),
      `tmr.setVariableName('Agent.TempDirectory', ${JSON.stringify(dir)});`,
      ...Object.entries(variables).map(([k, v]) => `tmr.setVariableName(${JSON.stringify(k)}, ${JSON.stringify(v)});`),
      'tmr.run(true);',
      '',
    ].join('\n'),
  );
  const taskJson = join(ROOT, 'task/task.json');
  const worker = new Worker(
    `
    const { parentPort, workerData } = require('node:worker_threads');
    const { MockTestRunner } = require(workerData.mockTest);
    const tr = new MockTestRunner(workerData.script, workerData.taskJson);
    tr.runAsync(workerData.nodeMajor).then(
      () => parentPort.postMessage({ stdout: tr.stdout, stderr: tr.stderr, succeeded: tr.succeeded, failed: tr.failed, errorIssues: tr.errorIssues, warningIssues: tr.warningIssues }),
      (err) => parentPort.postMessage({ error: String((err && err.stack) || err) }),
    );
    `,
    {
      eval: true,
      workerData: {
        mockTest: join(ROOT, 'node_modules/azure-pipelines-task-lib/mock-test.js'),
        script,
        taskJson: existsSync(taskJson) ? taskJson : undefined,
        nodeMajor,
      },
    },
  );
  const ran = await new Promise<TaskRun & { error?: string }>((res, rej) => {
    worker.once('message', res);
    worker.once('error', rej);
  });
  await worker.terminate();
  if (ran.error !== undefined) throw new Error(`MockTestRunner failed: ${ran.error}`);
  if (typeof ran.stdout !== 'string')
    throw new Error(`MockTestRunner could not run the task on Node ${nodeMajor} (see the test output)`);
  const summaryPath = /##vso\[task\.uploadsummary\](.+)$/m.exec(ran.stdout)?.[1]?.trim();
  return { ...ran, summary: summaryPath ? readFileSync(summaryPath, 'utf8') : undefined };
}

/** An output variable the task set: `##vso[task.setvariable variable=<name>;isOutput=true;issecret=false;]<value>`. */
export const adoOutput = (stdout: string, name: string): string | undefined =>
  new RegExp(`##vso\\[task\\.setvariable variable=${name};isOutput=true;issecret=false;\\](.*)$`, 'm').exec(
    stdout,
  )?.[1];

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

/** The built bundles, their runtimes and a probe server for the whole test file. */
export function useProbeServer(): { url(path: string): string } {
  let server: Awaited<ReturnType<typeof startProbeServer>> | undefined;
  beforeAll(async () => {
    ensureRuntimes();
    ensureBundles();
    server = await startProbeServer();
  });
  afterAll(() => server?.stop());
  return { url: (path) => server!.url(path) };
}
