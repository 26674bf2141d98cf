/** The plan's one-line format and how the summary renders a plan run. */
import { describe, expect, it } from 'vitest';
import { formatWrite, Plan, planItem, writesOf } from '../../src/core/plan/action.js';
import type { RunResult } from '../../src/core/run/result.js';
import { keyFacts, renderMarkdown, renderText } from '../../src/core/run/summary.js';

describe('formatWrite', () => {
  it('operation, resource, before → after, why', () => {
    expect(
      formatWrite({
        resource: 'scale set web-green',
        operation: 'update',
        before: 'image 1.4.2',
        after: '1.4.3',
        why: '12 instance(s) in 4 batch(es)',
      }),
    ).toBe('update scale set web-green: image 1.4.2 → 1.4.3; 12 instance(s) in 4 batch(es)');
    expect(
      formatWrite({ resource: 'gallery version 1.3.0', operation: 'delete', why: 'not in use, 96 days old' }),
    ).toBe('delete gallery version 1.3.0: not in use, 96 days old');
    expect(formatWrite({ resource: 'slot staging', operation: 'update', after: 'x:2', why: 'w' })).toBe(
      'update slot staging: x:2; w',
    );
    expect(formatWrite({ resource: 'r', operation: 'delete', before: 'x', why: 'w' })).toBe('delete r: x → (gone); w');
  });

  it('Plan collects, logs once each and gives summary items carrying the write', () => {
    const logs: string[] = [];
    const plan = new Plan()
      .add({ resource: 'a', operation: 'create', why: 'x' })
      .add({ resource: 'b', operation: 'tag', after: 'k', why: 'y' });
    const items = plan.items({ info: (m) => logs.push(m) });
    expect(logs).toEqual(['plan: create a: x', 'plan: tag b: k; y']);
    expect(items[0]).toEqual(planItem(plan.writes[0]!));
    expect(items[0]).toMatchObject({ kind: 'action', label: 'planned', value: 'create a: x' });
    expect(writesOf([{ kind: 'fact', label: 'f', value: 'v' }, ...items])).toEqual(plan.writes);
  });
});

describe('a plan run in the summary', () => {
  const write = {
    resource: 'scale set web',
    operation: 'update' as const,
    before: 'image 1.0.0',
    after: '2.0.0',
    why: '3 instance(s) in 2 batch(es)',
  };
  const result: RunResult = {
    status: 'succeeded',
    dryRun: true,
    outputs: { imageVersion: '2.0.0', previousImageVersion: '1.0.0', verifyResult: 'skipped' },
    stages: [
      {
        name: 'deploy',
        status: 'succeeded',
        durationMs: 20,
        message: 'plan: …',
        items: [{ kind: 'fact', label: 'scale set', value: 'web' }, planItem(write)],
      },
      {
        name: 'verify',
        status: 'succeeded',
        durationMs: 1,
        items: [{ kind: 'fact', label: 'would check', value: 'instance health of the target' }],
      },
    ],
    plan: [{ stage: 'deploy', ...write }],
    warnings: [],
    startedAt: 0,
    durationMs: 21,
  };

  it('markdown: the plan section, stage facts without repeating the writes, outputs marked planned', () => {
    const md = renderMarkdown(result);
    expect(md).toContain(
      '#### Plan: 1 write (none made)\n\n- `deploy` update scale set web: image 1.0.0 → 2.0.0; 3 instance(s) in 2 batch(es)\n',
    );
    expect(md).toContain('#### deploy\n\n- **scale set**: web\n');
    expect(md).not.toContain('**planned**');
    expect(md).toContain('| Image version | 1.0.0 → 2.0.0 (planned) |');
    expect(keyFacts(result)).toContainEqual(['Verify', 'skipped (planned)']);
  });

  it('text: each write under its stage, then the count', () => {
    const text = renderText(result);
    expect(text).toContain(
      '      - scale set: web\n      + update scale set web: image 1.0.0 → 2.0.0; 3 instance(s) in 2 batch(es)\n',
    );
    expect(text).toContain('  plan: 1 write (none made)\n');
  });

  it('a run that is not a plan shows no plan section and no planned marks', () => {
    const real = { ...result, dryRun: false, plan: undefined };
    expect(renderMarkdown(real)).not.toContain('#### Plan');
    expect(renderMarkdown(real)).not.toContain('(planned)');
    expect(renderText(real)).not.toContain('(none made)');
  });
});
