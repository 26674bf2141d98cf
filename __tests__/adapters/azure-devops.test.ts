/**
 * The Azure DevOps task bundle (task/dist/index.js) run the way task tests run it (`runAdoTask`: a
 * TaskMockRunner script executed by task-lib's MockTestRunner) on the pinned Node 24 and Node 20
 * runtimes (put in place by scripts/setup-runtimes.mjs).
 */
import { describe, expect, it } from 'vitest';
import { adoOutput, runAdoTask, stackLines, useProbeServer } from './helpers.js';

const server = useProbeServer();

const quick = { probeSuccesses: '2', probeInterval: '20ms', probeRequestTimeout: '2s', probeTimeout: '1s' };

describe.each([24, 20] as const)('Azure DevOps task bundle on Node %i', (major) => {
  it('passes verify: output variables, summary attachment, task.complete Succeeded', async () => {
    const tr = await runAdoTask(major, { stages: 'verify', probeUrls: server.url('/ok'), ...quick });
    expect(tr.stderr).toBe('');
    expect(tr.succeeded, tr.stdout).toBe(true);
    expect(tr.stdout).toContain('##vso[task.complete result=Succeeded;]');
    expect(tr.stdout).toMatch(/##vso\[task\.setvariable variable=verifyResult;isOutput=true;issecret=false;\]passed/);
    expect(adoOutput(tr.stdout, 'result')).toBe('succeeded');
    expect(JSON.parse(adoOutput(tr.stdout, 'probeResults')!)).toEqual([
      expect.objectContaining({ url: server.url('/ok'), passed: true }),
    ]);
    expect(tr.stdout).toMatch(/^##\[group\]verify$/m);
    expect(tr.stdout).toMatch(/^##\[endgroup\]$/m);
    expect(tr.errorIssues).toEqual([]);
    expect(tr.summary).toContain('### immutable-deploy: succeeded');
    expect(tr.stdout.match(/task\.complete/g)).toHaveLength(1);
  });

  it('fails verify: error issues, verifyResult failed, task.complete Failed', async () => {
    const tr = await runAdoTask(major, {
      stages: 'verify',
      probeUrls: server.url('/fail'),
      probeFailureLimit: '2',
      ...quick,
    });
    expect(tr.failed).toBe(true);
    expect(tr.stdout).toContain('##vso[task.complete result=Failed;]');
    expect(adoOutput(tr.stdout, 'verifyResult')).toBe('failed');
    expect(adoOutput(tr.stdout, 'result')).toBe('failed');
    expect(tr.errorIssues.at(-1)).toMatch(/^verify failed: 1 of 1 probes failed/);
    expect(tr.summary).toContain('### immutable-deploy: failed');
    expect(tr.stdout.match(/task\.complete/g)).toHaveLength(1);
    expect(stackLines(tr.stdout + tr.stderr)).toEqual([]);
  });

  it('rejects bad input naming the task.json input, with nothing else written', async () => {
    const tr = await runAdoTask(major, {
      stages: 'verify',
      probeUrls: 'ftp://example.com',
      packageUrl: 'https://sa.blob.core.windows.net/p.zip?sig=ado-sas-s3cret',
    });
    expect(tr.failed).toBe(true);
    expect(tr.errorIssues).toHaveLength(1);
    expect(tr.errorIssues[0]).toMatch(/^input 'probeUrls': 'ftp:\/\/example\.com' is not an http\(s\) URL/);
    expect(tr.stdout).toContain('##vso[task.complete result=Failed;]');
    expect(tr.stdout).not.toContain('task.setvariable');
    expect(tr.summary).toBeUndefined();
    expect(stackLines(tr.stdout + tr.stderr)).toEqual([]);
    // The secret input is registered before anything is logged.
    const lines = tr.stdout.split('\n');
    const mask = lines.findIndex((l) => l.startsWith('##vso[task.setsecret]'));
    expect(mask).toBeGreaterThanOrEqual(0);
    expect(lines.slice(mask + 1).join('\n')).not.toContain('ado-sas-s3cret');
  });

  // The agent hands an empty filePath input to the task as the sources directory.
  it('an empty filePath input (config) set to the sources directory counts as not given', async () => {
    const sources = process.cwd();
    const inputs = { stages: 'verify', probeUrls: server.url('/ok'), config: sources, ...quick };
    const tr = await runAdoTask(major, inputs, { 'Build.SourcesDirectory': sources });
    expect(tr.succeeded, tr.stdout).toBe(true);
    const given = await runAdoTask(major, { ...inputs, config: `${sources}/no-such-config.yml` });
    expect(given.failed).toBe(true);
    expect(given.errorIssues).toEqual([expect.stringMatching(/^input 'config'/)]);
  });

  it('a missing required input names it by its task.json name', async () => {
    const tr = await runAdoTask(major, { stages: 'verify' });
    expect(tr.failed).toBe(true);
    expect(tr.errorIssues).toEqual([expect.stringMatching(/^input 'probeUrls': is required/)]);
  });
});
