/**
 * The metrics API `$filter` over dimensions (Metrics REST spec, `FilterParameter`):
 * `A eq 'a1' and B eq 'b1' or B eq 'b2' and C eq '*'`. Conditions on one dimension are alternatives,
 * conditions on different dimensions all apply ("the logical or operator cannot separate two
 * different metadata names"); `'*'` selects every value. Every dimension named is split into its own
 * time series. Operators: `eq`, `ne`, `sw` (starts with); values in single quotes (`''` escapes one).
 */
export interface DimensionCondition {
  /** Dimension name as written in the filter. */
  name: string;
  /** Values the dimension may have (eq), or undefined for any ('*' or only ne/sw). */
  equals: string[] | undefined;
  startsWith: string[];
  notEquals: string[];
}

export class FilterError extends Error {}

type Token = { kind: 'word' | 'value' | 'open' | 'close'; text: string };

export function parseMetricFilter(filter: string): DimensionCondition[] {
  const tokens = tokenize(filter);
  const byName = new Map<string, DimensionCondition>();
  let i = 0;
  const next = () => tokens[i++];
  while (i < tokens.length) {
    const t = next()!;
    if (t.kind === 'open' || t.kind === 'close') continue;
    // Which dimensions 'and'/'or' join is fixed by the API's rule above; the words only separate.
    if (t.kind === 'word' && /^(and|or)$/i.test(t.text)) continue;
    if (t.kind !== 'word') throw new FilterError(`unexpected value '${t.text}' in $filter`);
    const op = next();
    const value = next();
    if (!op || op.kind !== 'word' || !/^(eq|ne|sw)$/i.test(op.text)) {
      throw new FilterError(`expected eq, ne or sw after '${t.text}' in $filter`);
    }
    if (!value || value.kind !== 'value') throw new FilterError(`expected a quoted value after '${t.text} ${op.text}'`);
    const key = t.text.toLowerCase();
    const condition = byName.get(key) ?? { name: t.text, equals: [], startsWith: [], notEquals: [] };
    byName.set(key, condition);
    const operator = op.text.toLowerCase();
    if (operator === 'ne') condition.notEquals.push(value.text);
    else if (operator === 'sw') condition.startsWith.push(value.text);
    else if (value.text === '*') condition.equals = undefined;
    else condition.equals?.push(value.text);
  }
  return [...byName.values()].map((c) => ({
    ...c,
    // Only ne/sw conditions: any value, narrowed by those.
    equals: c.equals && c.equals.length === 0 ? undefined : c.equals,
  }));
}

/** Whether a dimension value passes the condition (case-insensitive, as Azure compares values). */
export function passes(condition: DimensionCondition, value: string | undefined): boolean {
  const v = (value ?? '').toLowerCase();
  const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());
  if (lower(condition.notEquals).includes(v)) return false;
  const wanted = condition.equals ? lower(condition.equals) : undefined;
  const prefixes = lower(condition.startsWith);
  if (!wanted && prefixes.length === 0) return true;
  return (wanted?.includes(v) ?? false) || prefixes.some((p) => v.startsWith(p));
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '(' || c === ')') {
      tokens.push({ kind: c === '(' ? 'open' : 'close', text: c });
      i++;
    } else if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new FilterError('unterminated quoted value in $filter');
        if (text[i] === "'" && text[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (text[i] === "'") {
          i++;
          break;
        } else value += text[i++];
      }
      tokens.push({ kind: 'value', text: value });
    } else {
      const m = /^[^\s()']+/.exec(text.slice(i))!;
      tokens.push({ kind: 'word', text: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
}
