/**
 * The `canary-steps` input: an ordered list of steps that shift production traffic to the new
 * release. A YAML list (`- 10%`, `- pause 5m`, `- analysis`) or one line (`10%, pause 5m, 25%,
 * analysis, 50%, 100%`). `N%` sets the share on the new release (whole percents 1..100, rising,
 * ending at 100%: the release then completes as the strategy does without a canary); `pause D`
 * waits; `pause` alone stops the run in state 'paused' until a later 'promote'; `analysis` runs the analysis gates and the verify probes against the release. Every bad
 * step is one problem naming the step, its value and what is expected.
 */
import type { CanaryStep } from './types.js';
import { parseDuration, parseList, Problems, quote } from './values.js';
import type { ParseYaml } from './yaml.js';

const EXPECTED = "expected 'N%' (1..100), 'pause <duration>' (e.g. 'pause 5m'), 'pause' or 'analysis'";

/** The steps, or undefined (with problems recorded) when any step is bad. */
export function parseCanarySteps(
  p: Problems,
  input: string,
  raw: string,
  parseYaml: ParseYaml,
): CanaryStep[] | undefined {
  const items = itemsOf(p, input, raw, parseYaml);
  if (!items) return undefined;
  const before = p.items.length;
  const steps = items.map((item, i) => parseStep(p, input, i + 1, item));
  if (p.items.length > before) return undefined;
  const parsed = steps as CanaryStep[];
  checkOrder(p, input, parsed, items);
  return p.items.length > before ? undefined : parsed;
}

function itemsOf(p: Problems, input: string, raw: string, parseYaml: ParseYaml): string[] | undefined {
  const text = raw.trim();
  if (!text.startsWith('-') && !text.startsWith('[')) return parseList(text);
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (err) {
    return void p.add(input, `is not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' && typeof v !== 'number'))
    return p.bad(input, raw, `is not a list of steps; ${EXPECTED}`);
  return value.map((v) => String(v).trim()).filter((v) => v.length > 0);
}

function parseStep(p: Problems, input: string, n: number, item: string): CanaryStep | undefined {
  const v = item.trim().toLowerCase();
  const at = `step ${n} ${quote(item)}`;
  const weight = /^(\d+(?:\.\d+)?)\s*%$/.exec(v);
  if (weight) {
    const percent = Number(weight[1]);
    if (Number.isInteger(percent) && percent >= 1 && percent <= 100) return { kind: 'weight', percent };
    return void p.add(input, `${at} is not a share of traffic; expected a whole percent from 1% to 100%`);
  }
  if (v === 'analysis') return { kind: 'analysis' };
  // An open pause: the run stops there (state 'paused') until a later 'promote' or 'abort'.
  if (v === 'pause') return { kind: 'stop' };
  const pause = /^pause\s+(.+)$/.exec(v);
  if (pause) {
    const inner = new Problems();
    const ms = parseDuration(inner, input, pause[1]!);
    if (ms !== undefined && ms > 0) return { kind: 'pause', ms };
    return void p.add(input, `${at} has no valid duration; expected e.g. 'pause 30s', 'pause 5m' or 'pause 1h'`);
  }
  return void p.add(input, `${at} is not a step; ${EXPECTED}`);
}

function checkOrder(p: Problems, input: string, steps: readonly CanaryStep[], items: readonly string[]): void {
  let last = 0;
  for (const [i, step] of steps.entries()) {
    if (step.kind !== 'weight') continue;
    const at = `step ${i + 1} ${quote(items[i]!)}`;
    if (step.percent <= last)
      return p.add(
        input,
        `${at} does not raise the share (it was ${last}%); expected each weight above the one before`,
      );
    if (last === 100) return;
    last = step.percent;
    if (step.percent === 100 && i !== steps.length - 1)
      return p.add(input, `${at} completes the release; expected it to be the last step`);
  }
  if (last !== 100)
    p.add(input, `${last === 0 ? 'has no weight step' : `ends at ${last}%`}; expected the last step to be '100%'`);
}
