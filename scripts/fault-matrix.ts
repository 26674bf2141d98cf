/**
 * Runs the fault matrix's cells (__tests__/faults/cells.ts, the cells the test suite runs) and
 * prints the matrix — write phase × fault, pass / fail — as a Markdown table; `--write` also puts
 * it into README.md between the fault-matrix markers. Usage: npm run fault-matrix [-- --write]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHarness } from '../__tests__/emulator-deploy/helpers.js';
import {
  applies,
  FAULTS,
  inMatrix,
  KNOWN_FAILS,
  PHASES,
  runCell,
  type Fault,
  type Phase,
} from '../__tests__/faults/cells.js';
import { CANARY_FAULTS, CANARY_PHASES, runCanaryCell } from '../__tests__/faults/canary-cells.js';
import {
  CANARY_ROLLING_PHASES,
  canaryRollingFaults,
  runCanaryRollingCell,
} from '../__tests__/faults/canary-rolling-cells.js';
import { CANARY_BG_FAULTS, CANARY_BG_PHASES, runCanaryBgCell } from '../__tests__/faults/canary-bg-cells.js';
import { TIME_SCALE } from '../__tests__/faults/suite.js';

const README = join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md');
const START = '<!-- fault-matrix:start -->';
const END = '<!-- fault-matrix:end -->';
/** Cells at once: most of a cell is waiting on real timers. */
const PARALLEL = 6;

type Cell = 'pass' | 'fail' | 'n/a' | '—';

/** Every row: the strategies' write phases, then the canary's weight writes (their own cells). */
const ROWS: readonly Phase[] = [...PHASES, ...CANARY_PHASES, ...CANARY_ROLLING_PHASES, ...CANARY_BG_PHASES];
const isCanary = (phase: Phase) => CANARY_PHASES.includes(phase);
const isRollingCanary = (phase: Phase) => CANARY_ROLLING_PHASES.includes(phase);
const isBgCanary = (phase: Phase) => CANARY_BG_PHASES.includes(phase);

async function cell(phase: Phase, fault: Fault): Promise<Cell> {
  if (!applies(phase, fault)) return 'n/a';
  if (isRollingCanary(phase) && !canaryRollingFaults(phase).includes(fault)) return '—';
  if (isBgCanary(phase) && !CANARY_BG_FAULTS.includes(fault)) return '—';
  const own = isRollingCanary(phase) || isBgCanary(phase);
  if (isCanary(phase) ? !CANARY_FAULTS.includes(fault) : !own && !inMatrix(phase, fault)) return '—';
  const h = await startHarness({ timeScale: TIME_SCALE });
  try {
    if (isCanary(phase)) await runCanaryCell(h, phase, fault);
    else if (isRollingCanary(phase)) await runCanaryRollingCell(h, phase, fault);
    else if (isBgCanary(phase)) await runCanaryBgCell(h, phase, fault);
    else await runCell(h, phase, fault);
    return 'pass';
  } catch (e) {
    process.stderr.write(`fail: ${phase.label} × ${fault.label}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 'fail';
  } finally {
    await h.emu.close();
  }
}

async function runAll(): Promise<Map<string, Cell>> {
  const jobs = ROWS.flatMap((p) => FAULTS.map((f) => ({ key: `${p.id}:${f.id}`, run: () => cell(p, f) })));
  const results = new Map<string, Cell>();
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      results.set(job.key, await job.run());
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return results;
}

function table(results: Map<string, Cell>): string {
  const head = `| write phase | ${FAULTS.map((f) => f.label).join(' | ')} |`;
  const rule = `|---|${FAULTS.map(() => ':-:').join('|')}|`;
  const rows = ROWS.map(
    (p) => `| ${p.label}${p.sync ? ' ¹' : ''} | ${FAULTS.map((f) => results.get(`${p.id}:${f.id}`)).join(' | ')} |`,
  );
  const known = Object.entries(KNOWN_FAILS).map(([key, why]) => `- fail at \`${key}\`: ${why}.`);
  return [head, rule, ...rows, '', ...known].join('\n');
}

const started = Date.now();
const results = await runAll();
const markdown = table(results);
process.stdout.write(`${markdown}\n`);
process.stderr.write(`${results.size} cells in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
if (process.argv.includes('--write')) {
  const readme = readFileSync(README, 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} markers`);
  writeFileSync(README, `${readme.slice(0, from + START.length)}\n${markdown}\n${readme.slice(to)}`);
}
