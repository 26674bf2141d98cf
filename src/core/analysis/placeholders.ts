/**
 * Placeholders in a gate's KQL: `{version}`, `{previous-version}`, `{since}`, `{interval}`. Each
 * becomes a complete KQL literal — a string in double quotes with its quotes and backslashes
 * escaped, a `datetime(...)`, a timespan — so a value can never change the query's shape
 * (Kusto string literals: https://learn.microsoft.com/kusto/query/scalar-data-types/string).
 * Written inside quotes ('{version}') they would end the user's string: refused when parsed.
 */
import type { AnalysisContext } from './types.js';

export const PLACEHOLDERS = ['version', 'previous-version', 'since', 'interval'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const TOKEN = /\{([a-z][a-z0-9-]*)\}/gi;

/** Problems with the placeholders of `query` (unknown names, quoted placeholders), as messages. */
export function placeholderProblems(query: string): string[] {
  const problems: string[] = [];
  for (const m of query.matchAll(TOKEN)) {
    const name = m[1]!;
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      problems.push(`has an unknown placeholder '{${name}}'; expected ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`);
      continue;
    }
    const before = query[m.index - 1];
    const after = query[m.index + m[0].length];
    if ((before === '"' || before === "'") && before === after)
      problems.push(`has {${name}} inside quotes; expected it without quotes (it becomes a quoted KQL literal)`);
  }
  return problems;
}

/** A KQL string literal: double quotes, backslash escapes (no value can end it early). */
export function kqlString(value: string): string {
  const escaped = value
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n');
  return `"${escaped}"`;
}

/** The query with every placeholder replaced by its literal. */
export function substitute(query: string, ctx: AnalysisContext, intervalMs: number): string {
  const values: Record<Placeholder, string> = {
    version: kqlString(ctx.version ?? ''),
    'previous-version': kqlString(ctx.previousVersion ?? ''),
    since: `datetime(${new Date(ctx.since).toISOString()})`,
    interval: `${Math.max(1, Math.round(intervalMs / 1000))}s`,
  };
  return query.replace(TOKEN, (whole, name: string) => (name in values ? values[name as Placeholder] : whole));
}
