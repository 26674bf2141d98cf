/**
 * The simulated-time scheduler: one `runDue()` does a bounded amount of work. A task that comes due
 * while the call works waits for the next call — otherwise a periodic task that costs more real
 * time than its period (a load-balancer probe over a thousand instances at a high time scale) would
 * keep the call from ever returning.
 */
import { expect, it } from 'vitest';
import { SimClock } from '../../src/emulator/clock.js';
import { Scheduler } from '../../src/emulator/scheduler.js';

const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin: a task that costs real time
  }
};

it('returns after running what was due, even when a periodic task costs more than its period', () => {
  const clock = new SimClock(20_000, 0);
  const scheduler = new Scheduler(clock);
  let runs = 0;
  const tick = (): void => {
    runs++;
    busy(2); // 2 ms of real time = 40 simulated seconds, far more than the 5 s period
    scheduler.after(5, tick);
  };
  scheduler.after(0, tick);
  busy(1);
  scheduler.runDue();
  expect(runs).toBe(1);
  busy(1); // its next tick (5 simulated seconds = 0.25 ms) is due by now
  scheduler.runDue();
  expect(runs).toBe(2);
});

it('runs due tasks in time order, then in the order they were scheduled', () => {
  const clock = new SimClock(1, 0);
  const scheduler = new Scheduler(clock);
  const order: string[] = [];
  scheduler.at(clock.now() - 10, () => order.push('b'));
  scheduler.at(clock.now() - 20, () => order.push('a'));
  scheduler.at(clock.now() - 10, () => order.push('c'));
  const cancel = scheduler.at(clock.now() - 5, () => order.push('cancelled'));
  cancel();
  scheduler.runDue();
  expect(order).toEqual(['a', 'b', 'c']);
});
