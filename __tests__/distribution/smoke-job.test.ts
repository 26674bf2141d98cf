/**
 * The ci.yml smoke job, replayed locally: start the emulator and the sample app the way the job
 * does, then run dist/github/main.js with each `uses: ./` step's `with:` as INPUT_* variables
 * (how the runner passes them) and check what the job's own check steps check.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

type Step = { id?: string; uses?: string; with?: Record<string, unknown>; 'continue-on-error'?: boolean };
const ci = parseYaml(readFileSync('.github/workflows/ci.yml', 'utf8'));
const steps: Step[] = ci.jobs.smoke.steps;
const ready = existsSync('dist/github/main.js') && existsSync('dist/cli/index.js');
const work = mkdtempSync(join(tmpdir(), 'immutable-deploy-smoke-'));
const children: ChildProcess[] = [];

/** Starts a process and resolves with its first stdout line. */
function start(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code}`)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

let emulator: { endpoint: string; caFile: string; subscriptionId: string };
let appPort = 0;

beforeAll(async () => {
  if (!ready) return;
  emulator = JSON.parse(await start(['dist/cli/index.js', 'emulator', '--port', '0']));
  appPort = await freePort();
  await start(['.github/smoke/sample-server.mjs', String(appPort)]);
}, 60_000);

afterAll(() => {
  for (const c of children) c.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

/** The expressions the smoke job uses, with this machine's values. */
function expand(value: unknown): string {
  return String(value)
    .replace(
      /\$\{\{ steps\.emulator\.outputs\.(\w+) \}\}/g,
      (_, k: 'endpoint' | 'caFile' | 'subscriptionId') => emulator[k],
    )
    .replace(/\$\{\{ runner\.temp \}\}/g, work)
    .replace(/127\.0\.0\.1:8080/g, `127.0.0.1:${appPort}`);
}

function runAction(step: Step): Promise<{ code: number | null; outputs: Record<string, string>; log: string }> {
  const outputFile = join(work, `${step.id}.out`);
  const stateFile = join(work, `${step.id}.state`);
  writeFileSync(outputFile, '');
  writeFileSync(stateFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STATE: stateFile,
    RUNNER_TEMP: work,
  };
  for (const [k, v] of Object.entries(step.with ?? {})) {
    expect(String(v), `${step.id}.${k} uses an expression this test cannot expand`).not.toMatch(
      /\$\{\{(?! (steps\.emulator\.outputs\.\w+|runner\.temp) \}\})/,
    );
    env[`INPUT_${k.toUpperCase()}`] = expand(v);
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/github/main.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), log }));
  });
}

/** GITHUB_OUTPUT's `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

describe.skipIf(!ready)('ci.yml smoke job, replayed with the built action', () => {
  it('has the two `uses: ./` steps the job checks', () => {
    expect(steps.filter((s) => s.uses === './').map((s) => s.id)).toEqual(['healthy', 'broken']);
  });

  it('healthy: succeeds with verify-result passed against the emulator connection', async () => {
    const { code, outputs, log } = await runAction(steps.find((s) => s.id === 'healthy')!);
    expect(code, log).toBe(0);
    expect(outputs.result).toBe('succeeded');
    expect(outputs['verify-result']).toBe('passed');
  }, 60_000);

  it('broken: fails the step with verify-result failed', async () => {
    const step = steps.find((s) => s.id === 'broken')!;
    expect(step['continue-on-error']).toBe(true);
    const { code, outputs, log } = await runAction(step);
    expect(code, log).not.toBe(0);
    expect(log).toMatch(/::error::/);
    expect(outputs['verify-result']).toBe('failed');
  }, 60_000);
});
