/**
 * Two fleet runs of one fleet at the same time never deploy one target at once: each target's
 * release takes the target's deploy lock, so the second run's writes to a scale set all come after
 * the first run's. Writes are timed through a decorator on the real scale-set port.
 */
import { afterEach, expect, it } from 'vitest';
import type { AzurePorts } from '../../src/core/azure/ports.js';
import type { ScaleSetRef } from '../../src/core/azure/scale-set-port.js';
import { fleetDoc, fleetWorld, newLog, runDoc, scaleSetVersions, type FleetWorld } from './world.js';

let w: FleetWorld | undefined;
afterEach(async () => {
  await w?.h.emu.close();
  w = undefined;
});

interface Write {
  run: string;
  scaleSet: string;
  start: number;
  end: number;
}

/** Times every deploy write of the scale-set port (model update, instance replacement). */
function timed(run: string, writes: Write[]) {
  return (p: AzurePorts): AzurePorts => {
    const wrap =
      <A extends unknown[]>(fn: (ref: ScaleSetRef, ...rest: A) => Promise<unknown>) =>
      async (ref: ScaleSetRef, ...rest: A) => {
        const entry = { run, scaleSet: ref.name, start: performance.now(), end: Infinity };
        writes.push(entry);
        try {
          return await fn(ref, ...rest);
        } finally {
          entry.end = performance.now();
        }
      };
    const scaleSets = p.scaleSets;
    return {
      ...p,
      scaleSets: {
        ...scaleSets,
        setImage: wrap(scaleSets.setImage) as typeof scaleSets.setImage,
        updateInstances: wrap(scaleSets.updateInstances) as typeof scaleSets.updateInstances,
      },
    };
  };
}

it('two fleet runs on one fleet never deploy one target at the same time', async () => {
  w = await fleetWorld(2);
  const doc = fleetDoc(w, 1, 2);
  const writes: Write[] = [];
  const [a, b] = await Promise.all([
    // No release-record reads: a run that saw the other's release done would skip the target.
    runDoc(w, doc, newLog(), { ports: timed('A', writes), records: false }),
    runDoc(w, doc, newLog(), { ports: timed('B', writes), records: false }),
  ]);
  expect([a.result.status, b.result.status]).toEqual(['succeeded', 'succeeded']);
  for (const name of ['web1', 'web2']) {
    expect(scaleSetVersions(w.h, name)).toEqual(['2.0.0', '2.0.0']);
    const mine = writes.filter((x) => x.scaleSet === name);
    expect(mine.length).toBeGreaterThan(0);
    // Per run, the span from its first write to its last; the two spans never overlap.
    const spans = ['A', 'B']
      .map((run) => mine.filter((x) => x.run === run))
      .filter((xs) => xs.length > 0)
      .map((xs) => ({ start: Math.min(...xs.map((x) => x.start)), end: Math.max(...xs.map((x) => x.end)) }))
      .sort((x, y) => x.start - y.start);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  }
}, 60_000);
