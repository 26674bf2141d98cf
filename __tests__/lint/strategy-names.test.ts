/**
 * Strategies describe themselves (src/core/deploy/<strategy>/descriptor.ts): nothing outside a
 * strategy's folder and the registry may switch on a strategy's name, and a strategy that cannot
 * say where its lease lives is refused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rollingDescriptor } from '../../src/core/deploy/rolling/descriptor.js';
import { checked, STRATEGY_NAMES, strategyFor } from '../../src/core/deploy/registry.js';

const ROOT = join(import.meta.dirname, '../../src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

const own = (path: string) =>
  STRATEGY_NAMES.some((n) => path.startsWith(`core/deploy/${n}/`)) || path === 'core/deploy/registry.ts';
/** A comparison with a strategy's name, or a switch case on one. */
const SWITCH = new RegExp(
  `(===|!==)\\s*'(${STRATEGY_NAMES.join('|')})'|'(${STRATEGY_NAMES.join('|')})'\\s*(===|!==)|case\\s+'(${STRATEGY_NAMES.join('|')})'`,
);

describe('strategies are asked, not switched on', () => {
  it('no file outside a strategy folder and the registry compares strategy names', () => {
    const offenders = files(ROOT)
      .map((f) => relative(ROOT, f))
      .filter((rel) => !own(rel))
      .filter((rel) =>
        readFileSync(join(ROOT, rel), 'utf8')
          .split('\n')
          .some((line) => SWITCH.test(line) && !/rolloutMode|rollout-mode|upgradeMode|mode ===|'Rolling'/.test(line)),
      );
    expect(offenders).toEqual([]);
  });

  it('the check itself finds a comparison', () => {
    expect(SWITCH.test("if (d.strategy === 'blue-green') return")).toBe(true);
    expect(SWITCH.test("d.strategy !== 'slot-swap'")).toBe(true);
  });

  it('a strategy without a home for its lease cannot be registered (fail closed)', () => {
    const noLock = { ...rollingDescriptor, recordHolder: undefined } as unknown as typeof rollingDescriptor;
    expect(() => checked(noLock)).toThrow(/cannot be registered/);
    expect(() => checked({ ...rollingDescriptor, targetInputs: [] })).toThrow(/cannot be registered/);
    expect(checked(rollingDescriptor)).toBe(rollingDescriptor);
  });

  it('every registered strategy loads its own implementation', async () => {
    const loaded = await Promise.all(STRATEGY_NAMES.map((n) => strategyFor(n)));
    expect(loaded.map((s) => s.name)).toEqual([...STRATEGY_NAMES]);
  });
});
