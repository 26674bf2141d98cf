/** Renders a run result as markdown (GitHub job summary, Azure DevOps attachment) or plain text (terminal). */
import { countWrites, formatWrite } from '../plan/action.js';
import { formatDuration } from '../duration.js';
import type { RunResult, StageReport, StageStatus, SummaryItem } from './result.js';

const ICON: Record<StageStatus, string> = {
  succeeded: '✅',
  failed: '❌',
  skipped: '⏭️',
  cancelled: '🛑',
  'not-run': '⚪',
};

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The key facts of a run, in the order a reader looks for them. */
export function keyFacts(result: RunResult): [string, string][] {
  const o = result.outputs;
  const facts: [string, string | undefined][] = [
    ['Image version', imageFact(result)],
    ['Image id', o.imageId],
    [
      'Baked',
      o.baked === undefined ? undefined : o.baked ? 'yes' : `no (reused the version with bake key ${o.bakeKey ?? '?'})`,
    ],
    [
      'Active slot',
      o.activeSlot &&
        (!o.previousSlot
          ? o.activeSlot
          : o.previousSlot === o.activeSlot
            ? `${o.activeSlot} (unchanged)`
            : `${o.previousSlot} → ${o.activeSlot}`),
    ],
    ['Upgraded instances', o.upgradedInstances?.toString()],
    ['Rolled back', o.rolledBack === undefined ? undefined : o.rolledBack ? 'yes' : 'no'],
    ['Verify', o.verifyResult],
  ];
  const shown = facts.filter((f): f is [string, string] => f[1] !== undefined);
  // Plan mode: the outputs are what the run would produce, not what exists.
  return result.dryRun ? shown.map(([k, v]) => [k, `${v} (planned)`]) : shown;
}

/**
 * A rollback in the run that deployed keeps naming the release it undid (image-version) and what is
 * live again (previous-image-version); a rollback on its own names the version it returned to
 * (image-version) and the one it left (previous-image-version).
 */
function imageFact(result: RunResult): string | undefined {
  const { imageVersion: version, previousImageVersion: previous, rolledBack } = result.outputs;
  if (!version) return undefined;
  if (!previous) return version;
  if (!rolledBack) return `${previous} → ${version}`;
  const deployed = result.stages.some(
    (s) => s.name === 'deploy' && (s.status === 'succeeded' || s.status === 'failed'),
  );
  return deployed
    ? `${version} rolled back: ${previous} is live`
    : `${previous} → ${version}: ${version} is live again (rolled back)`;
}

/** Plan mode: the planned writes of the run (from the result, else from the stages' items). */
function plannedLines(result: RunResult): { stage: string; line: string }[] {
  if (result.plan) return result.plan.map((w) => ({ stage: w.stage, line: formatWrite(w) }));
  return result.stages.flatMap((s) =>
    s.items.filter((i) => i.write).map((i) => ({ stage: s.name, line: formatWrite(i.write!) })),
  );
}

export function renderMarkdown(result: RunResult): string {
  const title = `### immutable-deploy: ${result.status}${result.dryRun ? ' (plan only)' : ''} in ${formatDuration(result.durationMs)}`;
  const lines = [title, ''];
  const error = errorLine(result);
  if (error) lines.push(`> **${error.label[0]!.toUpperCase()}${error.label.slice(1)}:** ${escapeCell(error.text)}`, '');
  lines.push('| Stage | Result | Duration | Notes |', '| --- | --- | --- | --- |');
  for (const s of result.stages) {
    const notes = echoesError(result, s) ? 'the error above' : (s.message ?? '');
    lines.push(
      `| ${s.name} | ${ICON[s.status]} ${s.status} | ${formatDuration(s.durationMs)} | ${escapeCell(notes)} |`,
    );
  }
  if (result.dryRun) {
    const planned = plannedLines(result);
    lines.push('', `#### Plan: ${countWrites(planned.length)} (none made)`, '');
    lines.push(
      ...(planned.length > 0 ? planned.map((p) => `- \`${p.stage}\` ${escapeCell(p.line)}`) : ['- nothing to change']),
    );
  }
  const facts = keyFacts(result);
  if (facts.length > 0)
    lines.push('', '| | |', '| --- | --- |', ...facts.map(([k, v]) => `| ${k} | ${escapeCell(v)} |`));
  for (const stage of result.stages) {
    const items = onceEach(stage.items.filter((i) => !i.write));
    if (items.length > 0) lines.push('', `#### ${stage.name}`, '', ...items.map(markdownItem));
  }
  const warnings = newWarnings(result);
  if (warnings.length > 0) lines.push('', '#### Warnings', '', ...warnings.map((w) => `- ⚠️ ${w}`));
  return `${lines.join('\n')}\n`;
}

function markdownItem(item: SummaryItem): string {
  const mark = item.kind === 'check' ? (item.ok ? '✅ ' : '❌ ') : '';
  return `- ${mark}**${item.label}**: ${item.value}`;
}

export function renderText(result: RunResult): string {
  const lines = [
    `immutable-deploy: ${result.status}${result.dryRun ? ' (plan only)' : ''} in ${formatDuration(result.durationMs)}`,
  ];
  for (const s of result.stages) lines.push(...textStage(s, echoesError(result, s)));
  if (result.dryRun) lines.push(`  plan: ${countWrites(plannedLines(result).length)} (none made)`);
  for (const [k, v] of keyFacts(result)) lines.push(`  ${k}: ${v}`);
  for (const w of newWarnings(result)) lines.push(`  warning: ${w}`);
  const error = errorLine(result);
  if (error) lines.push(`  ${error.label}: ${error.text}`);
  return `${lines.join('\n')}\n`;
}

function textStage(s: StageReport, echoed: boolean): string[] {
  const message = echoed ? 'see the error below' : s.message;
  const head = `  ${s.name.padEnd(8)} ${s.status.padEnd(9)} ${formatDuration(s.durationMs).padStart(7)}${message ? `  ${message}` : ''}`;
  const items = onceEach(s.items).map((i) =>
    i.write
      ? `      + ${formatWrite(i.write)}`
      : `      ${i.kind === 'check' ? (i.ok ? 'pass' : 'FAIL') : '-'} ${i.label}: ${i.value}`,
  );
  return [head, ...items];
}

/*
 * Errors read once. The same failure reaches the result several ways (the stage's message, the
 * run's error, a warning logged while rolling back, an item quoting a check's detail): the summary
 * says it in full once and points to it elsewhere.
 */

/** The run's error without the echo of its label ("verify failed: verify failed: …"). */
function errorLine(result: RunResult): { label: string; text: string } | undefined {
  if (!result.error) return undefined;
  const { kind, message } = result.error;
  if (kind === 'verify') return { label: 'verify failed', text: message.replace(/^verify failed: /, '') };
  return { label: 'error', text: message };
}

/** The stage whose message the run's error repeats word for word. */
const echoesError = (result: RunResult, s: StageReport): boolean =>
  !!result.error && !!s.message && result.error.message === `${s.name} failed: ${s.message}`;

/** Warnings, less those that repeat the run's error (logged live as it happened). */
function newWarnings(result: RunResult): string[] {
  const first = result.error?.message.replace(/^\w+ failed: /, '').split('; ')[0] ?? '';
  return first.length < 20 ? [...result.warnings] : result.warnings.filter((w) => !w.includes(first));
}

/** An item that quotes an earlier check's detail in full points to that check instead. */
function onceEach(items: readonly SummaryItem[]): SummaryItem[] {
  const seen: SummaryItem[] = [];
  return items.map((item) => {
    const quoted = seen.find((c) => c.value.length >= 40 && item.value.includes(c.value));
    if (item.kind === 'check' && !item.write) seen.push(item);
    return quoted ? { ...item, value: item.value.replace(quoted.value, `see '${quoted.label}' above`) } : item;
  });
}
