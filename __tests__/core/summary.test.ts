/** The summary renderers and the redaction helpers they rely on. */
import { describe, expect, it } from 'vitest';
import { MASK, redactDeep, redactor } from '../../src/core/run/redact.js';
import type { RunResult } from '../../src/core/run/result.js';
import { keyFacts, renderMarkdown, renderText } from '../../src/core/run/summary.js';

const failedRun: RunResult = {
  status: 'failed',
  dryRun: false,
  startedAt: 1_700_000_000_000,
  durationMs: 754_300,
  outputs: {
    imageVersion: '1.4.3',
    previousImageVersion: '1.4.2',
    imageId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/web/versions/1.4.3',
    baked: false,
    bakeKey: 'sha256:abc',
    activeSlot: 'green',
    previousSlot: 'blue',
    upgradedInstances: 6,
    rolledBack: true,
    verifyResult: 'failed',
  },
  stages: [
    {
      name: 'bake',
      status: 'skipped',
      durationMs: 850,
      message: 'reused 1.4.2 | same key',
      items: [{ kind: 'fact', label: 'Bake key', value: 'sha256:abc' }],
    },
    {
      name: 'deploy',
      status: 'succeeded',
      durationMs: 600_000,
      message: 'green is live',
      items: [{ kind: 'action', label: 'Swapped', value: 'blue → green' }],
    },
    {
      name: 'verify',
      status: 'failed',
      durationMs: 12_500,
      message: "1 of 2 probes failed: 'api'",
      items: [
        { kind: 'check', label: 'web', value: 'Passed: 3 consecutive successes', ok: true },
        { kind: 'check', label: 'api', value: 'Failed: status 503', ok: false },
      ],
    },
    { name: 'rollback', status: 'succeeded', durationMs: 60_000, message: 'blue is live again', items: [] },
    { name: 'cleanup', status: 'not-run', durationMs: 0, items: [] },
  ],
  warnings: ['remote access: port 22 open to the Internet'],
  error: { kind: 'verify', message: "verify failed: 1 of 2 probes failed: 'api'; rolled back: blue is live again" },
};

describe('renderMarkdown', () => {
  const md = renderMarkdown(failedRun);

  it('has a title with the status and duration', () => {
    expect(md.startsWith('### immutable-deploy: failed in 12m 34s\n')).toBe(true);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('leads with the error, as a verify failure', () => {
    expect(md).toContain("> **Verify failed:** 1 of 2 probes failed: 'api'; rolled back: blue is live again");
    expect(md).not.toContain('verify failed: verify failed');
  });

  it('has a row per stage with icon, status, duration and message (pipes escaped)', () => {
    expect(md).toContain('| Stage | Result | Duration | Notes |');
    expect(md).toContain('| bake | ⏭️ skipped | 850ms | reused 1.4.2 \\| same key |');
    expect(md).toContain('| deploy | ✅ succeeded | 10m | green is live |');
    expect(md).toContain("| verify | ❌ failed | 12.5s | 1 of 2 probes failed: 'api' |");
    expect(md).toContain('| rollback | ✅ succeeded | 1m | blue is live again |');
    expect(md).toContain('| cleanup | ⚪ not-run | 0ms |  |');
  });

  it('lists the key facts', () => {
    expect(md).toContain('| Image version | 1.4.3 rolled back: 1.4.2 is live |');
    expect(md).toContain('| Baked | no (reused the version with bake key sha256:abc) |');
    expect(md).toContain('| Active slot | blue → green |');
    expect(md).toContain('| Upgraded instances | 6 |');
    expect(md).toContain('| Rolled back | yes |');
    expect(md).toContain('| Verify | failed |');
  });

  it('lists each stage’s items, checks marked', () => {
    expect(md).toContain(
      '#### verify\n\n- ✅ **web**: Passed: 3 consecutive successes\n- ❌ **api**: Failed: status 503',
    );
    expect(md).toContain('#### bake\n\n- **Bake key**: sha256:abc');
    expect(md).toContain('#### deploy\n\n- **Swapped**: blue → green');
    expect(md).not.toContain('#### cleanup');
  });

  it('lists the warnings', () => {
    expect(md).toContain('#### Warnings\n\n- ⚠️ remote access: port 22 open to the Internet');
  });

  it('a clean plan-only run has no error, facts or warnings sections', () => {
    const plan: RunResult = {
      ...failedRun,
      status: 'succeeded',
      dryRun: true,
      outputs: {},
      warnings: [],
      error: undefined,
      stages: [{ name: 'verify', status: 'succeeded', durationMs: 10, items: [] }],
    };
    const out = renderMarkdown(plan);
    expect(out).toContain('### immutable-deploy: succeeded (plan only) in 12m 34s');
    expect(out).not.toContain('> **');
    expect(out).not.toContain('| | |');
    expect(out).not.toContain('Warnings');
  });

  it("a non-verify error is shown as 'Error', newlines flattened", () => {
    const out = renderMarkdown({ ...failedRun, error: { kind: 'terminal', message: 'quota exceeded\nin westeurope' } });
    expect(out).toContain('> **Error:** quota exceeded in westeurope');
  });
});

describe('renderText', () => {
  const text = renderText(failedRun);

  it('has a line per stage, its items, the facts, warnings and error', () => {
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('immutable-deploy: failed in 12m 34s');
    expect(lines).toContain('  bake     skipped     850ms  reused 1.4.2 | same key');
    expect(lines).toContain('      - Bake key: sha256:abc');
    expect(lines).toContain("  verify   failed      12.5s  1 of 2 probes failed: 'api'");
    expect(lines).toContain('      pass web: Passed: 3 consecutive successes');
    expect(lines).toContain('      FAIL api: Failed: status 503');
    expect(lines).toContain('  cleanup  not-run       0ms');
    expect(lines).toContain('  Image version: 1.4.3 rolled back: 1.4.2 is live');
    expect(lines).toContain('  Rolled back: yes');
    expect(lines).toContain('  warning: remote access: port 22 open to the Internet');
    expect(lines.at(-1)).toBe("  verify failed: 1 of 2 probes failed: 'api'; rolled back: blue is live again");
  });

  it('stages come in run order', () => {
    const order = ['bake', 'deploy', 'verify', 'rollback', 'cleanup'].map((s) => text.indexOf(`  ${s} `));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.every((i) => i > 0)).toBe(true);
  });

  it("shows a plan-only run and a non-verify error as 'error'", () => {
    const out = renderText({ ...failedRun, dryRun: true, error: { kind: 'transient', message: 'ARM throttled' } });
    expect(out.split('\n')[0]).toBe('immutable-deploy: failed (plan only) in 12m 34s');
    expect(out).toContain('  error: ARM throttled\n');
  });
});

describe('keyFacts', () => {
  it('shows only facts that are known, without arrows when there is no previous value', () => {
    expect(
      keyFacts({
        ...failedRun,
        outputs: { imageVersion: '2.0.0', activeSlot: 'production', baked: true, rolledBack: false },
      }),
    ).toEqual([
      ['Image version', '2.0.0'],
      ['Baked', 'yes'],
      ['Active slot', 'production'],
      ['Rolled back', 'no'],
    ]);
    expect(keyFacts({ ...failedRun, outputs: {} })).toEqual([]);
  });
});

describe('errors read once', () => {
  const probe = 'Failed: gave up after 3 consecutive failures (3 attempts in 218 ms); last: status 503';
  const message = `production did not pass on the blue colour (1.0.2) after the switch: ${probe}; rolled back: 1.0.1 is live again`;
  const deployFailed: RunResult = {
    ...failedRun,
    outputs: {
      imageVersion: '1.0.2',
      previousImageVersion: '1.0.1',
      activeSlot: 'green',
      previousSlot: 'green',
      rolledBack: true,
    },
    stages: [
      {
        name: 'deploy',
        status: 'failed',
        durationMs: 2300,
        message,
        items: [
          { kind: 'check', label: 'live http://x/healthz', value: probe, ok: false },
          {
            kind: 'check',
            label: 'rollout',
            value: `production did not pass on the blue colour (1.0.2) after the switch: ${probe}`,
            ok: false,
          },
        ],
      },
    ],
    warnings: [
      `the deploy failed: ${message.split('; rolled back')[0]}; rolling back (load balancer web-lb)`,
      'an unrelated warning',
    ],
    error: { kind: 'terminal', message: `deploy failed: ${message}` },
  };
  const count = (text: string) => text.split('gave up after 3 consecutive failures').length - 1;

  it('says the probe failure once in the items and once in the error, and drops the warning that repeats it', () => {
    const text = renderText(deployFailed);
    expect(count(text)).toBe(2);
    expect(text).toContain('  deploy   failed       2.3s  see the error below\n');
    expect(text).toContain(
      "      FAIL rollout: production did not pass on the blue colour (1.0.2) after the switch: see 'live http://x/healthz' above\n",
    );
    expect(text).toContain('  warning: an unrelated warning\n');
    expect(text).not.toContain('rolling back (load balancer web-lb)');
    expect(text.trimEnd().split('\n').at(-1)).toBe(`  error: deploy failed: ${message}`);
    const md = renderMarkdown(deployFailed);
    expect(count(md)).toBe(2);
    expect(md).toContain('| deploy | ❌ failed | 2.3s | the error above |');
  });

  it('a colour that served before and after reads as unchanged', () => {
    expect(keyFacts(deployFailed)).toContainEqual(['Active slot', 'green (unchanged)']);
    expect(keyFacts(deployFailed)).toContainEqual(['Image version', '1.0.2 rolled back: 1.0.1 is live']);
  });

  it('a rollback on its own names the version it returned to as live', () => {
    const rollback: RunResult = {
      ...failedRun,
      status: 'succeeded',
      error: undefined,
      outputs: { imageVersion: '1.0.1', previousImageVersion: '1.0.3', rolledBack: true },
      stages: [{ name: 'rollback', status: 'succeeded', durationMs: 1000, message: '1.0.1 is live again', items: [] }],
    };
    expect(keyFacts(rollback)).toContainEqual(['Image version', '1.0.3 → 1.0.1: 1.0.1 is live again (rolled back)']);
  });
});

describe('redactor', () => {
  it('masks every occurrence, the longest secret first', () => {
    const redact = redactor(['abc', 'abcdef', 'xyz']);
    expect(redact('abcdef then abc and xyzxyz')).toBe(`${MASK} then ${MASK} and ${MASK}${MASK}`);
  });

  it('ignores secrets too short to mask without destroying the text', () => {
    const redact = redactor(['a', 'no', '']);
    expect(redact('a note')).toBe('a note');
  });

  it('redactDeep copies and masks every string, leaving other values', () => {
    const value = { a: 'key=s3cret', n: 3, b: true, list: ['s3cret', { deep: 'x s3cret' }], u: undefined };
    const out = redactDeep(value, redactor(['s3cret']));
    expect(out).toEqual({ a: 'key=***', n: 3, b: true, list: ['***', { deep: 'x ***' }], u: undefined });
    expect(value.a).toBe('key=s3cret');
  });
});
