/** The fleet's summary: a table of targets × wave × result × version, as text (and the JSON record as is). */
import type { FleetResult } from './types.js';

const HEAD = ['wave', 'target', 'region', 'result', 'version'] as const;

export function renderFleetTable(result: FleetResult): string {
  const rows = result.targets.map((t) => [`${t.wave} ${t.waveName}`, t.target, t.region, t.result, t.version ?? '-']);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(HEAD), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function renderFleetText(result: FleetResult): string {
  const title = `fleet ${result.fleet}${result.version ? ` ${result.version}` : ''}: ${result.status}`;
  const lines = [title, '', renderFleetTable(result)];
  const failures = result.targets.filter((t) => t.message);
  if (failures.length > 0) lines.push('', ...failures.map((t) => `${t.target}: ${t.message}`));
  if (result.halt) lines.push('', `halt: ${result.halt}`);
  return `${lines.join('\n')}\n`;
}

/** Plan mode: the waves and each target's planned writes. */
export function renderFleetPlan(result: FleetResult): string {
  const lines = [`fleet ${result.fleet}${result.version ? ` ${result.version}` : ''}: plan (nothing written)`];
  let wave = 0;
  for (const t of result.targets) {
    if (t.wave !== wave) lines.push('', `wave ${t.wave} (${t.waveName})`);
    wave = t.wave;
    lines.push(`  ${t.target} (${t.region}): ${t.result}${t.message ? `: ${t.message}` : ''}`);
    for (const step of t.steps ?? []) lines.push(`    - ${step}`);
  }
  return `${lines.join('\n')}\n`;
}
