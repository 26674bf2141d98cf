/**
 * The Azure DevOps task bundle (task/dist/index.js) run the way task tests run it: a TaskMockRunner
 * script (azure-pipelines-task-lib/mock-run) executed by task-lib's MockTestRunner on the pinned
 * Node 24 and Node 20 runtimes (put in place by scripts/setup-runtimes.mjs). The real task library
 * is bundled into the task, so the runner is used with `run(true)`: no mocked task-lib, the
 * bundle's own ##vso commands are what the agent would see.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MockTestRunner } from 'azure-pipelines-task-lib/mock-test.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLES, ensureBundles, ensureRuntimes, ROOT, stackLines, startProbeServer, tempDir } from './helpers.js';

let server: Awaited<ReturnType<typeof startProbeServer>>;
beforeAll(async () => {
  ensureRuntimes();
  ensureBundles();
  server = await startProbeServer();
});
afterAll(() => server?.stop());

/** Writes a TaskMockRunner script for these inputs (by task.json name) and runs it. */
async function runTask(nodeMajor: 20 | 24, inputs: Record<string, string>) {
  const dir = tempDir('ado');
  const script = join(dir, 'run.cjs');
  writeFileSync(
    script,
    [
      `const { TaskMockRunner } = require(${JSON.stringify(join(ROOT, 'node_modules/azure-pipelines-task-lib/mock-run.js'))});`,
      `const tmr = new TaskMockRunner(${JSON.stringify(BUNDLES.ado)});`,
      ...Object.entries(inputs).map(([k, v]) => `tmr.setInput(${JSON.stringify(k)}, ${JSON.stringify(v)});`),
      `tmr.setVariableName('Agent.TempDirectory', ${JSON.stringify(dir)});`,
      'tmr.run(true);',
      '',
    ].join('\n'),
  );
  const taskJson = join(ROOT, 'task/task.json');
  const tr = new MockTestRunner(script, existsSync(taskJson) ? taskJson : undefined);
  await tr.runAsync(nodeMajor);
  const summaryPath = /##vso\[task\.uploadsummary\](.+)$/m.exec(tr.stdout)?.[1]?.trim();
  return { tr, summary: summaryPath ? readFileSync(summaryPath, 'utf8') : undefined };
}

const quick = { probeSuccesses: '2', probeInterval: '20ms', probeRequestTimeout: '2s', probeTimeout: '1s' };
const outputVar = (stdout: string, name: string) =>
  new RegExp(`##vso\\[task\\.setvariable variable=${name};isOutput=true;issecret=false;\\](.*)$`, 'm').exec(stdout)?.[1];

describe.each([24, 20] as const)('Azure DevOps task bundle on Node %i', (major) => {
  it('passes verify: output variables, summary attachment, task.complete Succeeded', async () => {
    const { tr, summary } = await runTask(major, { stages: 'verify', probeUrls: server.url('/ok'), ...quick });
    expect(tr.stderr).toBe('');
    expect(tr.succeeded, tr.stdout).toBe(true);
    expect(tr.stdout).toContain('##vso[task.complete result=Succeeded;]');
    expect(tr.stdout).toMatch(/##vso\[task\.setvariable variable=verifyResult;isOutput=true;issecret=false;\]passed/);
    expect(outputVar(tr.stdout, 'result')).toBe('succeeded');
    expect(JSON.parse(outputVar(tr.stdout, 'probeResults')!)).toEqual([expect.objectContaining({ url: server.url('/ok'), passed: true })]);
    expect(tr.stdout).toMatch(/^##\[group\]verify$/m);
    expect(tr.stdout).toMatch(/^##\[endgroup\]$/m);
    expect(tr.errorIssues).toEqual([]);
    expect(summary).toContain('### immutable-deploy: succeeded');
    expect(tr.stdout.match(/task\.complete/g)).toHaveLength(1);
  });

  it('fails verify: error issues, verifyResult failed, task.complete Failed', async () => {
    const { tr, summary } = await runTask(major, { stages: 'verify', probeUrls: server.url('/fail'), probeFailureLimit: '2', ...quick });
    expect(tr.failed).toBe(true);
    expect(tr.stdout).toContain('##vso[task.complete result=Failed;]');
    expect(outputVar(tr.stdout, 'verifyResult')).toBe('failed');
    expect(outputVar(tr.stdout, 'result')).toBe('failed');
    expect(tr.errorIssues.at(-1)).toMatch(/^verify failed: 1 of 1 probes failed/);
    expect(summary).toContain('### immutable-deploy: failed');
    expect(tr.stdout.match(/task\.complete/g)).toHaveLength(1);
    expect(stackLines(tr.stdout + tr.stderr)).toEqual([]);
  });

  it('rejects bad input naming the task.json input, with nothing else written', async () => {
    const { tr, summary } = await runTask(major, { stages: 'verify', probeUrls: 'ftp://example.com', packageUrl: 'https://sa.blob.core.windows.net/p.zip?sig=ado-sas-s3cret' });
    expect(tr.failed).toBe(true);
    expect(tr.errorIssues).toHaveLength(1);
    expect(tr.errorIssues[0]).toMatch(/^input 'probeUrls': 'ftp:\/\/example\.com' is not an http\(s\) URL/);
    expect(tr.stdout).toContain('##vso[task.complete result=Failed;]');
    expect(tr.stdout).not.toContain('task.setvariable');
    expect(summary).toBeUndefined();
    expect(stackLines(tr.stdout + tr.stderr)).toEqual([]);
    // The secret input is registered before anything is logged.
    const lines = tr.stdout.split('\n');
    const mask = lines.findIndex((l) => l.startsWith('##vso[task.setsecret]'));
    expect(mask).toBeGreaterThanOrEqual(0);
    expect(lines.slice(mask + 1).join('\n')).not.toContain('ado-sas-s3cret');
  });

  it('a missing required input names it by its task.json name', async () => {
    const { tr } = await runTask(major, { stages: 'verify' });
    expect(tr.failed).toBe(true);
    expect(tr.errorIssues).toEqual([expect.stringMatching(/^input 'probeUrls': is required/)]);
  });
});
