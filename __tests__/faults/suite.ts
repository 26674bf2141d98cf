/**
 * Registers the fault matrix's cells of some phases as tests: each cell on an emulator of its own
 * (cells wait on real timers — SDK retries, a held write, a CLI child — so they run concurrently),
 * engine time 200× faster, the emulator at a high time scale. A known engine failure is `it.fails`.
 * A cell whose fault is a held answer races real timers against a deadline of well under a second of
 * real time; on a machine loaded by the rest of the suite it gets one more try (an engine that breaks
 * the promise fails both). `npm run fault-matrix` runs each cell once.
 */
import { describe, it } from 'vitest';
import { startHarness } from '../emulator-deploy/helpers.js';
import { applies, FAULTS, inMatrix, KNOWN_FAILS, runCell, type Phase } from './cells.js';

export const TIME_SCALE = 20_000;

export function registerCells(title: string, phases: readonly Phase[]): void {
  describe.concurrent(title, () => {
    for (const phase of phases) {
      for (const fault of FAULTS.filter((f) => applies(phase, f) && inMatrix(phase, f))) {
        const test = KNOWN_FAILS[`${phase.id}:${fault.id}`] ? it.fails : it;
        const retry = KNOWN_FAILS[`${phase.id}:${fault.id}`] ? 0 : 1;
        // Every wait of a cell ends at an engine deadline (seconds of real time at 200×): a cell takes
        // 1–10 s alone and up to ~60 s on 2 cores loaded by five fault files and four busy loops (the
        // slowest: reset ×5, SIGKILL). A never-ends cell no longer runs on to the ports' own bound
        // (minutes of real time): the executor keeps each call's deadline signal alive (attempt.ts).
        test(`${phase.label} × ${fault.label}`, { retry, timeout: 120_000 }, async () => {
          const h = await startHarness({ timeScale: TIME_SCALE });
          try {
            await runCell(h, phase, fault);
          } finally {
            await h.emu.close();
          }
        });
      }
    }
  });
}
