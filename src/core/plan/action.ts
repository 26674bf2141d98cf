/**
 * Plan mode (`dry-run: true`, `immutable-deploy plan`): every stage does all its reads for real,
 * then describes the writes it would make instead of making them. A `PlannedWrite` is one such
 * write, from a closed set of operations, with the state before and after and the reason for it
 * (Terraform's plan: actions with a reason each). Dry-run is "print the plan".
 */
export type { PlanOperation, PlannedWrite } from '../model.js';
import type { PlannedWrite, SummaryItem } from '../model.js';

/**
 * One line per write: `<operation> <resource>: <before> → <after>; <why>`.
 * e.g. `update scale set web: image 1.0.0 → 2.0.0; 5 instance(s) in 3 batch(es), manual rollout`.
 */
export function formatWrite(w: PlannedWrite): string {
  const change =
    w.before !== undefined && w.after !== undefined
      ? `${w.before} → ${w.after}`
      : (w.after ?? (w.before !== undefined ? `${w.before} → (gone)` : undefined));
  return `${w.operation} ${w.resource}: ${change ? `${change}; ` : ''}${w.why}`;
}

/** The summary item of a planned write (kind 'action', label 'planned', the structured write kept). */
export function planItem(w: PlannedWrite): SummaryItem {
  return { kind: 'action', label: 'planned', value: formatWrite(w), write: w };
}

/** The planned writes of a list of summary items, in order. */
export function writesOf(items: readonly SummaryItem[]): PlannedWrite[] {
  return items.flatMap((i) => (i.write ? [i.write] : []));
}

/** Collects planned writes while a stage plans; `items()` gives them as summary items, logged once each. */
export class Plan {
  private readonly list: PlannedWrite[] = [];

  add(w: PlannedWrite): this {
    this.list.push(w);
    return this;
  }

  get writes(): readonly PlannedWrite[] {
    return this.list;
  }

  get size(): number {
    return this.list.length;
  }

  /** Logs each write ('plan: …') and returns them as summary items. */
  items(log: { info(message: string): void }): SummaryItem[] {
    for (const w of this.list) log.info(`plan: ${formatWrite(w)}`);
    return this.list.map(planItem);
  }
}

/** 'n write(s)' for messages. */
export const countWrites = (n: number) => (n === 0 ? 'no write' : `${n} write${n === 1 ? '' : 's'}`);
