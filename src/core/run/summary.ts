/** Renders a run result as markdown (GitHub job summary, Azure DevOps attachment) or plain text (terminal). */
import { countWrites, formatWrite } from '../plan/action.js';
import { formatDuration } from '../verify/http-probe.js';
import type { RunResult, StageReport, StageStatus, SummaryItem } from './result.js';

const ICON: Record<StageStatus, string> = { succeeded: '✅', failed: '❌', skipped: '⏭️', cancelled: '🛑', 'not-run': '⚪' };

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The key facts of a run, in the order a reader looks for them. */
export function keyFacts(result: RunResult): [string, string][] {
  const o = result.outputs;
  const facts: [string, string | undefined][] = [
    ['Image version', o.imageVersion && (o.rolledBack && o.previousImageVersion ? `${o.imageVersion} rolled back: ${o.previousImageVersion} is live` : o.previousImageVersion ? `${o.previousImageVersion} → ${o.imageVersion}` : o.imageVersion)],
    ['Image id', o.imageId],
    ['Baked', o.baked === undefined ? undefined : o.baked ? 'yes' : `no (reused the version with bake key ${o.bakeKey ?? '?'})`],
    ['Active slot', o.activeSlot && (o.previousSlot ? `${o.previousSlot} → ${o.activeSlot}` : o.activeSlot)],
    ['Upgraded instances', o.upgradedInstances?.toString()],
    ['Rolled back', o.rolledBack === undefined ? undefined : o.rolledBack ? 'yes' : 'no'],
    ['Verify', o.verifyResult],
  ];
  const shown = facts.filter((f): f is [string, string] => f[1] !== undefined);
  // Plan mode: the outputs are what the run would produce, not what exists.
  return result.dryRun ? shown.map(([k, v]) => [k, `${v} (planned)`]) : shown;
}

/** Plan mode: the planned writes of the run (from the result, else from the stages' items). */
function plannedLines(result: RunResult): { stage: string; line: string }[] {
  if (result.plan) return result.plan.map((w) => ({ stage: w.stage, line: formatWrite(w) }));
  return result.stages.flatMap((s) => s.items.filter((i) => i.write).map((i) => ({ stage: s.name, line: formatWrite(i.write!) })));
}

export function renderMarkdown(result: RunResult): string {
  const title = `### immutable-deploy: ${result.status}${result.dryRun ? ' (plan only)' : ''} in ${formatDuration(result.durationMs)}`;
  const lines = [title, ''];
  if (result.error) lines.push(`> **${result.error.kind === 'verify' ? 'Verify failed' : 'Error'}:** ${escapeCell(result.error.message)}`, '');
  lines.push('| Stage | Result | Duration | Notes |', '| --- | --- | --- | --- |');
  for (const s of result.stages) lines.push(`| ${s.name} | ${ICON[s.status]} ${s.status} | ${formatDuration(s.durationMs)} | ${escapeCell(s.message ?? '')} |`);
  if (result.dryRun) {
    const planned = plannedLines(result);
    lines.push('', `#### Plan: ${countWrites(planned.length)} (none made)`, '');
    lines.push(...(planned.length > 0 ? planned.map((p) => `- \`${p.stage}\` ${escapeCell(p.line)}`) : ['- nothing to change']));
  }
  const facts = keyFacts(result);
  if (facts.length > 0) lines.push('', '| | |', '| --- | --- |', ...facts.map(([k, v]) => `| ${k} | ${escapeCell(v)} |`));
  for (const stage of result.stages) {
    const items = stage.items.filter((i) => !i.write);
    if (items.length > 0) lines.push('', `#### ${stage.name}`, '', ...items.map(markdownItem));
  }
  if (result.warnings.length > 0) lines.push('', '#### Warnings', '', ...result.warnings.map((w) => `- ⚠️ ${w}`));
  return `${lines.join('\n')}\n`;
}

function markdownItem(item: SummaryItem): string {
  const mark = item.kind === 'check' ? (item.ok ? '✅ ' : '❌ ') : '';
  return `- ${mark}**${item.label}**: ${item.value}`;
}

export function renderText(result: RunResult): string {
  const lines = [`immutable-deploy: ${result.status}${result.dryRun ? ' (plan only)' : ''} in ${formatDuration(result.durationMs)}`];
  for (const s of result.stages) lines.push(...textStage(s));
  if (result.dryRun) lines.push(`  plan: ${countWrites(plannedLines(result).length)} (none made)`);
  for (const [k, v] of keyFacts(result)) lines.push(`  ${k}: ${v}`);
  for (const w of result.warnings) lines.push(`  warning: ${w}`);
  if (result.error) lines.push(`  ${result.error.kind === 'verify' ? 'verify failed' : 'error'}: ${result.error.message}`);
  return `${lines.join('\n')}\n`;
}

function textStage(s: StageReport): string[] {
  const head = `  ${s.name.padEnd(8)} ${s.status.padEnd(9)} ${formatDuration(s.durationMs).padStart(7)}${s.message ? `  ${s.message}` : ''}`;
  return [head, ...s.items.map((i) => (i.write ? `      + ${formatWrite(i.write)}` : `      ${i.kind === 'check' ? (i.ok ? 'pass' : 'FAIL') : '-'} ${i.label}: ${i.value}`))];
}
