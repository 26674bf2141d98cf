/**
 * Analysis gates through the built GitHub Action bundle, run as the runner runs it (a child
 * process with INPUT_* variables and a GITHUB_OUTPUT file) against the emulator: a verify step
 * whose gates pass, their results in the `analysis-results` output; and the entry bundle that
 * loads neither Azure Monitor SDK at start (they come in lazily loaded chunks, when a gate reads).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/core/analysis/types.js';
import { startHarness, type Harness } from '../emulator-deploy/helpers.js';
import { azureInputs, RG } from '../stages-deploy/harness.js';
import { BUNDLES, ensureBundles, parseFileCommands, runNode, tempDir } from './helpers.js';

/** The SDKs' own client classes, as they are defined in their code (not our references to them). */
const MONITOR_SDK = /class (MonitorClient|LogsQueryClient)\b/;

let h: Harness;
beforeAll(async () => {
  ensureBundles();
  // Real time on both sides: the bundle's clock is this machine's.
  h = await startHarness({ timeScale: 1 });
  h.emu.control.monitor.createComponent(RG, 'web-ai');
});
afterAll(() => h?.emu.close());

describe('analysis gates in the GitHub Action bundle', () => {
  it('a verify step with a query gate and an alerts gate passes and publishes analysis-results', async () => {
    const ai = `${h.rgId}/providers/Microsoft.Insights/components/web-ai`;
    const analysis = [
      '- name: requests-seen',
      `  resource: ${ai}`,
      '  query: requests | where timestamp > {since} | count',
      '  condition: ">= 0"',
      '  interval: 1s',
      '  count: 1',
      '- name: no-alerts',
      '  alerts:',
      `    - ${ai}`,
      '  interval: 1s',
      '  count: 1',
    ].join('\n');
    const dir = tempDir('gh-analysis');
    const files = { output: join(dir, 'output'), summary: join(dir, 'summary.md'), state: join(dir, 'state') };
    for (const f of Object.values(files)) writeFileSync(f, '');
    const inputs = { ...azureInputs(h), stages: 'verify', analysis };
    const env = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
    const ran = await runNode(process.execPath, BUNDLES.githubMain, [], {
      ...env,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_STATE: files.state,
      RUNNER_TEMP: dir,
      GITHUB_ACTIONS: 'true',
    });
    expect(ran.code, ran.stdout + ran.stderr).toBe(0);
    const outputs = parseFileCommands(readFileSync(files.output, 'utf8'));
    expect(outputs['verify-result']).toBe('passed');
    const results = JSON.parse(outputs['analysis-results']!) as AnalysisResult[];
    expect(results.map((r) => [r.name, r.kind, r.during, r.verdict, r.passed, r.measurements.length])).toEqual([
      ['requests-seen', 'query', 'verify', 'successful', true, 1],
      ['no-alerts', 'alerts', 'verify', 'successful', true, 1],
    ]);
    expect(readFileSync(files.summary, 'utf8')).toContain("analysis 'requests-seen'");
    // The reads reached Azure Monitor through the SDKs the bundle loaded on first use.
    const ops = h.emu.requests.map((r) => r.operation);
    expect(ops).toContain('Query_ResourceExecute');
    expect(ops).toContain('Alerts_GetAll');
  });

  it('the entry bundle holds no strategy code: bad input is refused before any of it loads', () => {
    // Function names of each strategy's implementation (loaded through its descriptor on first use).
    const strategyCode = /\b(runDeploy|releaseByCanary|walkCanary|runRollback|switchAndCheck)\b/;
    expect(readFileSync(BUNDLES.githubMain, 'utf8')).not.toMatch(strategyCode);
  });

  it('the entry bundle does not load @azure/arm-monitor or @azure/monitor-query-logs at start', () => {
    expect(readFileSync(BUNDLES.githubMain, 'utf8')).not.toMatch(MONITOR_SDK);
    // They are in the bundle's lazily loaded chunks: the pattern finds them where they are.
    const dir = dirname(BUNDLES.githubMain);
    const chunks = readdirSync(dir).filter((f) => f.endsWith('.js') && join(dir, f) !== BUNDLES.githubMain);
    const found = new Set(
      chunks.flatMap((f) =>
        [...readFileSync(join(dir, f), 'utf8').matchAll(new RegExp(MONITOR_SDK, 'g'))].map((m) => m[1]),
      ),
    );
    expect([...found].sort()).toEqual(['LogsQueryClient', 'MonitorClient']);
  });
});
