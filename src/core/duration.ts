/**
 * Human durations for log lines, messages and summaries, the one formatter of the engine:
 * '250ms', '4.5s', '20m', '1h 30m', '19m 59s', '7d'. Below a second: whole milliseconds; below a
 * minute: seconds to a tenth; from a minute on: whole seconds, split into days, hours, minutes and
 * seconds, zero parts left out. A single-unit result ('7d', '16h', '90s' is '1m 30s') is also what
 * the duration inputs read, so the bounds in messages and input descriptions can be typed back.
 */
const UNITS: readonly (readonly [string, number])[] = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1000],
];

export function formatDuration(ms: number): string {
  const v = Number.isFinite(ms) ? Math.max(0, ms) : 0;
  if (Math.round(v) < 1000) return `${Math.round(v)}ms`;
  const tenths = Math.round(v / 100) / 10;
  if (tenths < 60) return `${tenths}s`;
  let rest = Math.round(v / 1000) * 1000;
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    if (rest < size) continue;
    parts.push(`${Math.floor(rest / size)}${unit}`);
    rest %= size;
  }
  return parts.join(' ');
}
