/**
 * The Azure DevOps extension package: `scripts/package-vsix.mjs` packs it with tfx (offline), the
 * .vsix holds the manifest, task.json, icon and bundle, and the packaged bundle runs the way an
 * agent runs it (inputs as INPUT_<NAME> variables, result as a ##vso[task.complete] line).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { packageVsix } from '../../scripts/package-vsix.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('vss-extension.json', 'utf8'));
const bundleBuilt = existsSync('task/dist/index.js');
const work = mkdtempSync(join(tmpdir(), 'immutable-deploy-vsix-'));
let files: Map<string, Buffer>;

beforeAll(() => {
  if (!bundleBuilt) return;
  const vsix: string = packageVsix({ outDir: join(work, 'out') });
  expect(vsix.endsWith(`${manifest.publisher}.${manifest.id}-${pkg.version}.vsix`)).toBe(true);
  files = readVsix(readFileSync(vsix));
}, 120_000);

/** The .vsix's files by path; directory entries are left out (they carry no data). */
function readVsix(zip: Buffer): Map<string, Buffer> {
  const entries = unzipSync(zip, { filter: (f) => !f.name.endsWith('/') });
  return new Map(Object.entries(entries).map(([name, data]) => [name, Buffer.from(data)]));
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('vss-extension.json', () => {
  it('has what the Marketplace needs, at the package version', () => {
    expect(manifest).toMatchObject({
      manifestVersion: 1,
      publisher: 'immutable-deploy',
      id: 'immutable-deploy',
      version: pkg.version,
    });
    for (const key of [
      'name',
      'description',
      'categories',
      'tags',
      'targets',
      'icons',
      'content',
      'files',
      'repository',
      'contributions',
    ])
      expect(manifest, key).toHaveProperty(key);
    expect(manifest.targets).toContainEqual({ id: 'Microsoft.VisualStudio.Services' });
    expect(manifest.categories).toEqual(['Azure Pipelines']);
    expect(existsSync(manifest.icons.default)).toBe(true);
    expect(existsSync(manifest.content.details.path)).toBe(true);
    // Stages still fail with "not implemented yet": the listing must say Preview.
    expect(manifest.galleryFlags).toContain('Preview');
  });

  it('contributes one task per task folder it ships, each with a task.json', () => {
    const tasks = manifest.contributions.filter((c: { type: string }) => c.type === 'ms.vss-distributed-task.task');
    expect(tasks.length).toBeGreaterThan(0);
    const shipped = new Set(manifest.files.map((f: { path: string }) => f.path));
    for (const c of tasks) {
      expect(c.targets).toEqual(['ms.vss-distributed-task.tasks']);
      expect(shipped.has(c.properties.name), c.properties.name).toBe(true);
      expect(existsSync(join(c.properties.name, 'task.json'))).toBe(true);
    }
    expect(new Set(tasks.map((c: { id: string }) => c.id)).size).toBe(tasks.length);
  });
});

describe('package-vsix', () => {
  it('refuses to pack a task without its bundle, naming what is missing', () => {
    const root = join(work, 'no-bundle');
    for (const f of [
      'vss-extension.json',
      'task/task.json',
      'task/icon.png',
      'images/extension-icon.png',
      'docs/marketplace.md',
    ]) {
      mkdirSync(dirname(join(root, f)), { recursive: true });
      cpSync(f, join(root, f));
    }
    expect(() => packageVsix({ root, outDir: join(root, 'out') })).toThrow(
      /missing task\/dist\/index\.js, task\/dist\/package\.json, task\/dist\/licenses\.txt \(run npm run build first\)/,
    );
  });

  it('refuses a task.json whose version differs from the extension', () => {
    const root = join(work, 'skew');
    for (const f of [
      'vss-extension.json',
      'task/task.json',
      'task/icon.png',
      'images/extension-icon.png',
      'docs/marketplace.md',
    ]) {
      mkdirSync(dirname(join(root, f)), { recursive: true });
      cpSync(f, join(root, f));
    }
    mkdirSync(join(root, 'task/dist'), { recursive: true });
    writeFileSync(join(root, 'task/dist/index.js'), '');
    writeFileSync(join(root, 'task/dist/package.json'), '{"type":"module"}');
    writeFileSync(join(root, 'task/dist/licenses.txt'), '');
    const task = JSON.parse(readFileSync('task/task.json', 'utf8'));
    task.version.Patch += 1;
    writeFileSync(join(root, 'task/task.json'), JSON.stringify(task));
    expect(() => packageVsix({ root, outDir: join(root, 'out') })).toThrow(/differs from vss-extension.json/);
  });
});

describe.skipIf(!bundleBuilt)('the .vsix', () => {
  it('holds the manifests, the task and its bundle, and nothing else from the repository', () => {
    const names = [...files.keys()].sort();
    for (const f of [
      'extension.vsixmanifest',
      'extension.vsomanifest',
      'task/task.json',
      'task/icon.png',
      'task/dist/index.js',
      'task/dist/package.json',
      'task/dist/licenses.txt',
      'images/extension-icon.png',
      'docs/marketplace.md',
    ]) {
      expect(names, f).toContain(f);
    }
    expect(names.filter((n) => n.endsWith('xdg-open'))).toEqual([]); // a helper the bundle never runs
    expect(names.filter((n) => /^(src|node_modules|__tests__|scripts|\.cache)\//.test(n))).toEqual([]);
    expect(JSON.parse(files.get('task/dist/package.json')!.toString())).toEqual({ type: 'module' });
    expect(files.get('task/task.json')!.toString()).toBe(readFileSync('task/task.json', 'utf8'));
    const vsixmanifest = files.get('extension.vsixmanifest')!.toString();
    const identity = /<Identity\b([^>]*)\/?>/.exec(vsixmanifest)?.[1] ?? '';
    expect(identity).toContain('Id="immutable-deploy"');
    expect(identity).toContain('Publisher="immutable-deploy"');
    expect(identity).toContain(`Version="${pkg.version}"`);
    expect(vsixmanifest).toContain('Microsoft.VisualStudio.Services');
  });

  describe('its task bundle, run as an agent runs it', () => {
    let server: Server;
    let base = '';
    let dir = '';
    beforeAll(async () => {
      dir = join(work, 'extracted');
      for (const [name, data] of files) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), data);
      }
      server = createServer((req, res) => {
        res.statusCode = req.url === '/healthz' ? 200 : 503;
        res.end(req.url === '/healthz' ? 'ok' : 'down');
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    const runTask = (inputs: Record<string, string>) =>
      new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
        const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, AGENT_TEMPDIRECTORY: dir, SYSTEM_CULTURE: 'en-US' };
        for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
        const child = spawn(process.execPath, [join(dir, 'task/dist/index.js')], {
          cwd: dir,
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stdout += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout }));
      });

    it('passes verify against a healthy local endpoint', async () => {
      const { stdout } = await runTask({
        stages: 'verify',
        probeUrls: `${base}/healthz`,
        probeSuccesses: '2',
        probeInterval: '50ms',
        probeTimeout: '20s',
      });
      expect(stdout).toContain('##vso[task.complete result=Succeeded');
      expect(stdout).toMatch(/##vso\[task\.setvariable variable=verifyResult;isOutput=true;[^\]]*\]passed/);
    }, 60_000);

    it('fails verify against a failing endpoint', async () => {
      const { stdout } = await runTask({
        stages: 'verify',
        probeUrls: `${base}/down`,
        probeSuccesses: '1',
        probeFailureLimit: '1',
        probeInterval: '50ms',
        probeTimeout: '20s',
      });
      expect(stdout).toContain('##vso[task.complete result=Failed');
      expect(stdout).not.toContain('result=Succeeded');
    }, 60_000);
  });
});
